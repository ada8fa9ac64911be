package org.dvpp.domain.casework;

import java.math.BigDecimal;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;

/**
 * What changed on one instrument, by one informant, between two time points, scored with the version each was taken
 * with.
 *
 * @param instrumentId the instrument
 * @param instrumentVersion the version both were taken with
 * @param informant whose account
 * @param from the earlier time point
 * @param to the later one
 * @param before the earlier total
 * @param after the later total
 * @param change after − before
 * @param reliableChangeIndex the reliable change index, when the instrument publishes its figures
 * @param verdict the reliable-change verdict ({@code RELIABLE_IMPROVEMENT}, ..., or {@code NOT_ASSESSED} with the
 *     reason in {@code explanation})
 * @param explanation how the verdict was reached
 */
@org.dvpp.domain.Classified
public record InstrumentChange(String instrumentId, String instrumentVersion, Informant informant, TimePoint from,
        TimePoint to, @Sensitive(DataClass.P1) Optional<BigDecimal> before,
        @Sensitive(DataClass.P1) Optional<BigDecimal> after, @Sensitive(DataClass.P1) Optional<BigDecimal> change,
        @Sensitive(DataClass.P1) Optional<BigDecimal> reliableChangeIndex, @Sensitive(DataClass.P1) Optional<String> verdict,
        @Sensitive(DataClass.P1) String explanation) {
    /** Checks every part. */
    public InstrumentChange {
        Checks.text(instrumentId, "instrumentId", 80);
        Checks.text(instrumentVersion, "instrumentVersion", 40);
        Checks.required(informant, "informant");
        Checks.required(from, "from");
        Checks.required(to, "to");
        Checks.required(before, "before");
        Checks.required(after, "after");
        Checks.required(change, "change");
        Checks.required(reliableChangeIndex, "reliableChangeIndex");
        Checks.required(verdict, "verdict");
        Checks.required(explanation, "explanation");
    }
}
