package org.dvpp.storage.spi;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * The period of a funnel report: referrals received on or after {@code from} and before
 * {@code toExclusive}.
 *
 * @param from first day
 * @param toExclusive day after the last
 * @since 0.1
 */
@Classified
public record FunnelQuery(LocalDate from, LocalDate toExclusive) {
    /** Checks the input. */
    public FunnelQuery {
        Checks.required(from, "from");
        Checks.required(toExclusive, "toExclusive");
        if (!toExclusive.isAfter(from)) {
            throw new InvalidInputException("toExclusive", "after-from", "toExclusive must be after from");
        }
    }
}
