package org.dvpp.assessment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;

/**
 * The result of scoring one set of answers. It names the instrument and the version of its scoring rules, so the score
 * can be reproduced years later, and explains in plain language how it was reached. It holds no answers.
 *
 * @param instrumentId the instrument's id
 * @param instrumentVersion the version of its scoring rules
 * @param profile the named threshold profile used, if the instrument has profiles
 * @param total the total, exact; empty when the instrument has no total
 * @param band the band the total falls in, if the instrument has bands
 * @param subscales subscale and derived scores by id, exact, in definition order (scores that could not be computed,
 *     such as TOP fields not asked, are absent)
 * @param flags the flags raised
 * @param gates the outcome of every gate
 * @param missingItems items not answered (those not asked because of skip logic are not listed)
 * @param declinedItems items the person declined to answer
 * @param explanation how the score was reached, in plain language
 * @since 0.1
 */
@Classified
public record ScoreResult(String instrumentId, String instrumentVersion, Optional<String> profile,
        @Sensitive(DataClass.P1) Optional<Fraction> total, @Sensitive(DataClass.P1) Optional<BandResult> band,
        @Sensitive(DataClass.P1) Map<String, Fraction> subscales, @Sensitive(DataClass.P1) List<RaisedFlag> flags,
        @Sensitive(DataClass.P1) List<GateOutcome> gates, @Sensitive(DataClass.P1) List<String> missingItems,
        @Sensitive(DataClass.P1) List<String> declinedItems, @Sensitive(DataClass.P1) String explanation) {

    /** Refuses nulls; copies collections (keeping the subscale order). */
    public ScoreResult {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(instrumentVersion, "instrumentVersion");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(band, "band");
        subscales = Collections.unmodifiableMap(new LinkedHashMap<>(subscales));
        flags = List.copyOf(flags);
        gates = List.copyOf(gates);
        missingItems = List.copyOf(missingItems);
        declinedItems = List.copyOf(declinedItems);
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * @param code a flag code
     * @return whether that flag was raised
     */
    public boolean hasFlag(String code) {
        return flags.stream().anyMatch(f -> f.code().equals(code));
    }

    /**
     * @param code a gate code
     * @return the gate's outcome, if the instrument has that gate
     */
    public Optional<GateOutcome> gate(String code) {
        return gates.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /**
     * The band a total fell in.
     *
     * @param code the band's code
     * @param label its label
     * @param action its suggested action, or empty
     */
    @Classified
    public record BandResult(String code, String label, String action) {
        /** Refuses nulls. */
        public BandResult {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(action, "action");
        }
    }

    /**
     * A flag that was raised.
     *
     * @param code the flag's code
     * @param label what it means
     */
    @Classified
    public record RaisedFlag(String code, String label) {
        /** Refuses nulls. */
        public RaisedFlag {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * What a gate decided.
     *
     * @param code the gate's code
     * @param met whether its condition held
     * @param message what it means for the person, in plain language
     */
    @Classified
    public record GateOutcome(String code, boolean met, String message) {
        /** Refuses nulls. */
        public GateOutcome {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
