package org.dvpp.programme;

import java.time.Instant;
import java.util.List;
import org.dvpp.domain.ParticipantId;

/**
 * What one run of the retention job did.
 *
 * @param at when it ran (the SDK's clock)
 * @param erased the men erased in this run, with their receipts
 * @param held the men past their retention date kept because a hold is in force
 */
@org.dvpp.domain.Classified
public record RetentionRun(Instant at, List<ErasureReceipt> erased, List<ParticipantId> held) {
    /** Copies the lists. */
    public RetentionRun {
        erased = List.copyOf(erased);
        held = List.copyOf(held);
    }
}
