package org.dvpp.storage.spi;

import java.time.Instant;
import org.dvpp.domain.ParticipantId;
import org.dvpp.domain.UserId;

/**
 * What an erasure did. It holds no erased value: only counts.
 *
 * @param subject the man erased
 * @param at when
 * @param by who
 * @param basis why, as a code ({@code REQUEST}, {@code RETENTION})
 * @param valuesSealed how many values written before per-subject keys were moved under his key before it was destroyed
 * @param valuesShredded how many encrypted values of his are now unreadable
 * @since 0.3
 */
@org.dvpp.domain.Classified
public record Erasure(ParticipantId subject, Instant at, UserId by, String basis, long valuesSealed,
        long valuesShredded) {
}
