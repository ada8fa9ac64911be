package org.dvpp.domain.participant;

import java.util.List;

/**
 * The protected characteristics of the Equality Act 2010 (section 4), for equality monitoring, each with the answers
 * it accepts; every one accepts {@link #PREFER_NOT_TO_SAY}. The ethnic groups are the five high-level groups of the
 * 2021 Census of England and Wales.
 */
public enum ProtectedCharacteristic {
    /** age, in bands */
    AGE("18-24", "25-34", "35-44", "45-54", "55-64", "65-plus"),
    /** disability */
    DISABILITY("yes", "no"),
    /** gender reassignment */
    GENDER_REASSIGNMENT("yes", "no"),
    /** marriage and civil partnership */
    MARRIAGE_AND_CIVIL_PARTNERSHIP("married", "civil-partnership", "neither"),
    /** pregnancy and maternity */
    PREGNANCY_AND_MATERNITY("yes", "no"),
    /** race (ethnic group) */
    RACE("asian", "black", "mixed", "white", "other"),
    /** religion or belief */
    RELIGION_OR_BELIEF("none", "buddhist", "christian", "hindu", "jewish", "muslim", "sikh", "other"),
    /** sex */
    SEX("female", "male"),
    /** sexual orientation */
    SEXUAL_ORIENTATION("heterosexual", "gay-or-lesbian", "bisexual", "other");

    /** The answer every characteristic accepts. */
    public static final String PREFER_NOT_TO_SAY = "prefer-not-to-say";

    private final List<String> answers;

    ProtectedCharacteristic(String... answers) {
        java.util.List<String> all = new java.util.ArrayList<>(List.of(answers));
        all.add(PREFER_NOT_TO_SAY);
        this.answers = List.copyOf(all);
    }

    /** @return the answers it accepts, "prefer not to say" last */
    public List<String> answers() {
        return answers;
    }
}
