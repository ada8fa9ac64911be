package org.dvpp.assessment;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;

/**
 * The figures the Jacobson–Truax reliable change index needs, with where they come from. Either a reference standard
 * deviation and a reliability coefficient (S_diff = SD·√(1−r)·√2), or a fixed reliable-change value in raw points (as
 * NHS Talking Therapies publishes for PHQ-9 and GAD-7).
 *
 * @param sd the standard deviation of the reference (pre-treatment or norm) sample; empty when a fixed value is used
 * @param reliability the reliability coefficient r_xx (test–retest preferred), in (0, 1); empty with a fixed value
 * @param fixedChangePoints a fixed change in raw points counted as reliable (change ≥ this); empty with SD and r
 * @param z the critical value: 1.96 (95 %, the default) or 1.645 (90 %)
 * @param provenance where the figures come from
 * @since 0.1
 */
@Classified
public record ReliabilityParameters(Optional<BigDecimal> sd, Optional<BigDecimal> reliability,
        Optional<BigDecimal> fixedChangePoints, BigDecimal z, String provenance) {

    /** The usual critical value, p &lt; .05 two-tailed. */
    public static final BigDecimal Z_95 = new BigDecimal("1.96");
    /** The 90 % critical value some services use. */
    public static final BigDecimal Z_90 = new BigDecimal("1.645");

    /** Checks that exactly one of (SD and r) or a fixed value is given and that each lies in range. */
    public ReliabilityParameters {
        Objects.requireNonNull(sd, "sd");
        Objects.requireNonNull(reliability, "reliability");
        Objects.requireNonNull(fixedChangePoints, "fixedChangePoints");
        Objects.requireNonNull(z, "z");
        Objects.requireNonNull(provenance, "provenance");
        boolean jt = sd.isPresent() && reliability.isPresent();
        if (jt == fixedChangePoints.isPresent() || sd.isPresent() != reliability.isPresent()) {
            throw new org.dvpp.domain.InvalidInputException("reliability", "one-of",
                    "give either an SD and a reliability coefficient, or a fixed change in points");
        }
        if (sd.isPresent() && (sd.get().signum() <= 0 || sd.get().compareTo(BigDecimal.valueOf(1_000_000)) > 0)) {
            throw new org.dvpp.domain.InvalidInputException("reliability.sd", "range",
                    "the SD must be positive and at most 1000000");
        }
        if (reliability.isPresent()
                && (reliability.get().signum() <= 0 || reliability.get().compareTo(BigDecimal.ONE) >= 0)) {
            throw new org.dvpp.domain.InvalidInputException("reliability.reliability", "range",
                    "the reliability coefficient must be between 0 and 1, both excluded");
        }
        if (fixedChangePoints.isPresent() && fixedChangePoints.get().signum() <= 0) {
            throw new org.dvpp.domain.InvalidInputException("reliability.fixedChangePoints", "positive",
                    "the fixed change must be positive");
        }
        if (z.signum() <= 0 || z.compareTo(BigDecimal.TEN) > 0) {
            throw new org.dvpp.domain.InvalidInputException("reliability.z", "range", "z must be above 0 and at most 10");
        }
        if (fixedChangePoints.isPresent() && fixedChangePoints.get().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new org.dvpp.domain.InvalidInputException("reliability.fixedChangePoints", "range",
                    "the fixed change must be at most 1000000");
        }
    }

    /**
     * @param sd reference SD
     * @param reliability reliability coefficient
     * @param provenance where they come from
     * @return Jacobson–Truax parameters at z = 1.96
     */
    public static ReliabilityParameters jacobsonTruax(BigDecimal sd, BigDecimal reliability, String provenance) {
        return new ReliabilityParameters(Optional.of(sd), Optional.of(reliability), Optional.empty(), Z_95,
                provenance);
    }

    /**
     * @param points the change in raw points counted as reliable
     * @param provenance where the figure comes from
     * @return fixed-threshold parameters
     */
    public static ReliabilityParameters fixedChange(BigDecimal points, String provenance) {
        return new ReliabilityParameters(Optional.empty(), Optional.empty(), Optional.of(points), Z_95, provenance);
    }

    /**
     * @param newZ the critical value to use instead
     * @return a copy with that critical value
     */
    public ReliabilityParameters withZ(BigDecimal newZ) {
        return new ReliabilityParameters(sd, reliability, fixedChangePoints, newZ, provenance);
    }
}
