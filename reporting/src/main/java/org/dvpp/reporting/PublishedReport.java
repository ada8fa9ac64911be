package org.dvpp.reporting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.storage.spi.ReportDimension;

/**
 * An outcome report ready to publish (or, when {@code raw}, the unprotected figures for roles allowed to see them).
 *
 * @param title the report's title
 * @param from first day
 * @param toExclusive the day after the last
 * @param by the breakdown
 * @param hoursTarget the hours target used
 * @param policy the disclosure policy applied
 * @param raw whether the figures are unprotected (never publish those)
 * @param rows the lines, by key
 * @param total the agency-wide line
 */
@Classified
public record PublishedReport(String title, LocalDate from, LocalDate toExclusive, ReportDimension by,
        Duration hoursTarget, DisclosurePolicy policy, boolean raw, List<PublishedRow> rows, PublishedRow total) {

    /** Checks and copies. */
    public PublishedReport {
        Checks.text(title, "title", 200);
        Checks.required(from, "from");
        Checks.required(toExclusive, "toExclusive");
        Checks.required(by, "by");
        Checks.required(hoursTarget, "hoursTarget");
        Checks.required(policy, "policy");
        rows = List.copyOf(Checks.required(rows, "rows"));
        Checks.required(total, "total");
    }
}
