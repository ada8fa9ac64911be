package org.dvpp.programme;

import java.time.Instant;
import org.dvpp.domain.ParticipantId;

/**
 * What an erasure did, without any erased value.
 *
 * @param subject the man erased
 * @param at when (the SDK's clock)
 * @param basis {@code REQUEST} (an erasure asked for) or {@code RETENTION} (the retention job)
 * @param valuesSealed values written under the agency keyset (before per-subject keys, or by bulk import) that were
 *     moved under his key before it was destroyed
 * @param valuesShredded encrypted values of his that are now unreadable
 */
@org.dvpp.domain.Classified
public record ErasureReceipt(ParticipantId subject, Instant at, String basis, long valuesSealed,
        long valuesShredded) {
}
