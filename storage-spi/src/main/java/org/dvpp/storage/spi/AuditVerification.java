package org.dvpp.storage.spi;

import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;

/**
 * The result of checking an agency's audit chain.
 *
 * @param recordsChecked how many records were checked
 * @param firstBrokenSequence the first record whose hash, link or sequence does not match, if any
 * @param headHash the hash of the last record (compare with an exported copy to detect a truncated tail)
 * @since 0.1
 */
@Classified
public record AuditVerification(long recordsChecked, Optional<Long> firstBrokenSequence, String headHash) {
    /** Checks the input. */
    public AuditVerification {
        Checks.required(firstBrokenSequence, "firstBrokenSequence");
        Checks.required(headHash, "headHash");
    }

    /** @return whether the chain is intact */
    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }
}
