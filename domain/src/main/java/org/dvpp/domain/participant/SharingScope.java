package org.dvpp.domain.participant;

/** With whom a man has agreed that information about him may be shared (his consent's scope). */
public enum SharingScope {
    /** the partner-support service, which works with his partner or ex-partner */
    PARTNER_SUPPORT,
    /** whoever referred him */
    REFERRER,
    /** the Probation Service */
    PROBATION,
    /** children's social care */
    CHILDRENS_SERVICES,
    /** his GP */
    GP,
    /** substance-misuse services */
    SUBSTANCE_MISUSE_SERVICE,
    /** mental-health services */
    MENTAL_HEALTH_SERVICE,
    /** an independent evaluator, pseudonymised */
    EVALUATOR
}
