package org.dvpp.domain.safety;

/** The kind of body information was shared with. */
public enum SharingRecipient {
    /** multi-agency risk assessment conference */
    MARAC,
    /** multi-agency public protection arrangements */
    MAPPA,
    /** multi-agency tasking and coordination (serial perpetrators) */
    MATAC,
    /** children's social care */
    CHILDRENS_SERVICES,
    /** the police */
    POLICE,
    /** the Probation Service */
    PROBATION,
    /** the partner-support service */
    PARTNER_SUPPORT,
    /** a GP or health service */
    HEALTH,
    /** substance-misuse services */
    SUBSTANCE_MISUSE_SERVICE,
    /** anyone else */
    OTHER
}
