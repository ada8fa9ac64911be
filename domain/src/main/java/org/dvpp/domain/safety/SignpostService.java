package org.dvpp.domain.safety;

/** The kind of service partner support pointed a person at risk to. */
public enum SignpostService {
    /** an independent domestic violence adviser */
    IDVA,
    /** a refuge or safe accommodation */
    REFUGE,
    /** housing or homelessness services */
    HOUSING,
    /** the police */
    POLICE,
    /** legal advice, protective orders */
    LEGAL_ADVICE,
    /** children's services */
    CHILDRENS_SERVICES,
    /** a GP, mental-health or sexual-health service */
    HEALTH,
    /** counselling or a survivors' group */
    COUNSELLING,
    /** money, benefits, debt */
    FINANCIAL_ADVICE,
    /** a helpline */
    HELPLINE,
    /** something else */
    OTHER
}
