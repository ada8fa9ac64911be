package org.dvpp.assessment;

import java.util.List;
import org.dvpp.assessment.internal.builtin.DashRic;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;

/**
 * Local settings of the SafeLives DASH RIC instrument: the potential-escalation threshold (SafeLives recommends 3
 * incidents in 12 months; local thresholds differ) and the local risk bands (not SafeLives-official; the default is
 * standard 0–9, medium 10–13, high 14–24). A score of 14 or more is visible high risk whatever the bands say.
 *
 * <pre>{@code
 * Instrument dash = new DashRicSettings(4, DashRicSettings.DEFAULT_BANDS).create();
 * InstrumentRegistry r = InstrumentRegistry.builder().add(dash).build();   // instead of addBuiltIns() for dash-ric
 * }</pre>
 *
 * @param escalationThreshold incidents in 12 months that make potential escalation, 1–100
 * @param bands local bands over 0–24, lowest first, no gap or overlap
 * @since 0.1
 */
@Classified
public record DashRicSettings(int escalationThreshold, List<Band> bands) {
    /** Local bands as Plymouth SCB / NIDAS Norfolk use them. */
    public static final List<Band> DEFAULT_BANDS = List.of(new Band("standard", "standard (local banding)", 0, 9, ""),
            new Band("medium", "medium (local banding)", 10, 13, ""),
            new Band("high", "high: visible high risk", 14, 24, "refer to Marac"));

    /** SafeLives' recommended threshold and the default local bands. */
    public static final DashRicSettings DEFAULT = new DashRicSettings(3, DEFAULT_BANDS);

    /** Checks the threshold and that the bands cover 0–24 without gap or overlap. */
    public DashRicSettings {
        if (escalationThreshold < 1 || escalationThreshold > 100) {
            throw new InvalidInputException("escalationThreshold", "range", "must be from 1 to 100");
        }
        bands = List.copyOf(bands);
        if (bands.isEmpty() || bands.get(0).min() != 0 || bands.get(bands.size() - 1).max() != 24) {
            throw new InvalidInputException("bands", "covers-range", "local DASH bands must cover 0 to 24");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).min() != bands.get(i - 1).max() + 1) {
                throw new InvalidInputException("bands[" + i + "].min", "contiguous",
                        "local DASH bands must follow each other with no gap or overlap");
            }
        }
    }

    /** @return the dash-ric instrument with these settings */
    public Instrument create() {
        return new DashRic(this);
    }
}
