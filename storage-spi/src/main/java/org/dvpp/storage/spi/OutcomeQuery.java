package org.dvpp.storage.spi;

import java.time.Duration;
import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * An outcome report: the referrals received on or after {@code from} and before {@code toExclusive}, broken down by one
 * dimension.
 *
 * @param from first day
 * @param toExclusive the day after the last
 * @param by the breakdown
 * @param hoursTarget the intervention time a starter must reach to count in {@link OutcomeRow#reachedHoursTarget()}
 *     (30 hours in the seeds), positive and at most 1,000 hours
 * @since 0.2
 */
@Classified
public record OutcomeQuery(LocalDate from, LocalDate toExclusive, ReportDimension by, Duration hoursTarget) {

    /** The intervention time the seeds report against. */
    public static final Duration DEFAULT_HOURS_TARGET = Duration.ofHours(30);

    /** Checks every part. */
    public OutcomeQuery {
        Checks.required(from, "from");
        Checks.required(toExclusive, "toExclusive");
        Checks.required(by, "by");
        Checks.required(hoursTarget, "hoursTarget");
        if (!toExclusive.isAfter(from)) {
            throw new InvalidInputException("toExclusive", "after-from", "toExclusive must be after from");
        }
        if (hoursTarget.isNegative() || hoursTarget.isZero() || hoursTarget.compareTo(Duration.ofHours(1000)) > 0) {
            throw new InvalidInputException("hoursTarget", "range", "hoursTarget must be above 0 and at most 1000 hours");
        }
    }

    /**
     * @param from first day
     * @param toExclusive the day after the last
     * @param by the breakdown
     * @return a query with the default 30-hour target
     */
    public static OutcomeQuery of(LocalDate from, LocalDate toExclusive, ReportDimension by) {
        return new OutcomeQuery(from, toExclusive, by, DEFAULT_HOURS_TARGET);
    }
}
