package org.dvpp.storage.spi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;

/**
 * One referral's pre/post pair on one instrument, for the outcome report: his own (informant participant) latest
 * {@code INTAKE} and latest {@code END} assessment of the instrument dated under the referral (on or after the day it
 * was received and before the day his next referral was received), not voided, taken with the same version (a pair
 * whose latest intake and latest end were taken with different versions is not a pair). "Latest" is by completion date,
 * then by assessment id as text. Scores are P1 and decrypted only inside the transaction that aggregates them; a pair
 * never leaves the SDK.
 *
 * @param key the line of the breakdown the referral belongs to (as in {@link OutcomeRow#key()})
 * @param instrumentId the instrument
 * @param instrumentVersion the version both were taken with
 * @param before the intake total, as stored (4 decimal places), when the instrument has one
 * @param after the end total, as stored
 * @param beforeAnswers the intake answers, when asked for (empty otherwise)
 * @param afterAnswers the end answers, when asked for (empty otherwise)
 * @since 0.3
 */
@Classified
public record ScorePair(String key, String instrumentId, String instrumentVersion,
        @Sensitive(DataClass.P1) Optional<BigDecimal> before, @Sensitive(DataClass.P1) Optional<BigDecimal> after,
        @Sensitive(DataClass.P1) Map<String, String> beforeAnswers,
        @Sensitive(DataClass.P1) Map<String, String> afterAnswers) {

    /** Checks and copies. */
    public ScorePair {
        Checks.required(key, "key");
        Checks.required(instrumentId, "instrumentId");
        Checks.required(instrumentVersion, "instrumentVersion");
        Checks.required(before, "before");
        Checks.required(after, "after");
        beforeAnswers = Map.copyOf(Checks.required(beforeAnswers, "beforeAnswers"));
        afterAnswers = Map.copyOf(Checks.required(afterAnswers, "afterAnswers"));
    }

    @Override
    public String toString() {
        return "ScorePair[" + key + ", " + instrumentId + "@" + instrumentVersion + ", <p1>]";
    }
}
