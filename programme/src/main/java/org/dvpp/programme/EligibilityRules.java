package org.dvpp.programme;

import java.util.List;

/** The built-in eligibility rules, from the seeds: resident in the service area, aged 16 or over, a history of abuse. */
public final class EligibilityRules {
    private EligibilityRules() {
    }

    /** @return the three rules the seeds use */
    public static List<EligibilityRule> defaults() {
        return List.of(serviceArea(), minimumAge(16), historyOfPerpetratingAbuse());
    }

    /** @return a rule that passes when the man lives in one of the agency's areas ({@code service-area}) */
    public static EligibilityRule serviceArea() {
        return new EligibilityRule() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "service-area";
            }

            @Override
            public EligibilityVerdict evaluate(EligibilityFacts f) {
                String area = f.participant().areaOfResidence();
                return f.agency().serviceArea().covers(area) ? EligibilityVerdict.pass(id())
                        : EligibilityVerdict.fail(id(), "lives outside the service area (" + area + ")");
            }
        };
    }

    /**
     * @param years the minimum age
     * @return a rule that passes when the man is at least that old on the day of screening ({@code minimum-age})
     */
    public static EligibilityRule minimumAge(int years) {
        if (years < 10 || years > 100) {
            throw new org.dvpp.domain.InvalidInputException("years", "range", "minimum age must be between 10 and 100");
        }
        return new EligibilityRule() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "minimum-age";
            }

            @Override
            public EligibilityVerdict evaluate(EligibilityFacts f) {
                int age = f.participant().ageOn(f.today());
                return age >= years ? EligibilityVerdict.pass(id())
                        : EligibilityVerdict.fail(id(), "aged " + age + ", under " + years);
            }
        };
    }

    /** @return a rule that passes when there is a history of perpetrating domestic abuse ({@code abuse-history}) */
    public static EligibilityRule historyOfPerpetratingAbuse() {
        return new EligibilityRule() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return "abuse-history";
            }

            @Override
            public EligibilityVerdict evaluate(EligibilityFacts f) {
                return f.answers().historyOfPerpetratingAbuse() ? EligibilityVerdict.pass(id())
                        : EligibilityVerdict.fail(id(), "no history of perpetrating domestic abuse");
            }
        };
    }
}
