/**
 * The DVPP Kit domain model: agencies and their service areas, participants, referrals, consent, the people at risk
 * and their safety, cases and their lifecycle, groups, sessions and attendance, and the domain events every status
 * change produces. It depends on nothing but the JDK and the Jakarta Validation API (for constraint annotations that the
 * programme module checks at its boundary).
 */
module org.dvpp.domain {
    requires transitive jakarta.validation;
    requires static org.jspecify;

    exports org.dvpp.domain;
    exports org.dvpp.domain.agency;
    exports org.dvpp.domain.participant;
    exports org.dvpp.domain.safety;
    exports org.dvpp.domain.group;
    exports org.dvpp.domain.casework;

    // the front door checks the Jakarta constraints of every domain record it accepts (Hibernate Validator reads the
    // annotated record fields reflectively); the domain itself never names Hibernate Validator
    opens org.dvpp.domain.agency to org.hibernate.validator;
    opens org.dvpp.domain.participant to org.hibernate.validator;
    opens org.dvpp.domain.safety to org.hibernate.validator;
    opens org.dvpp.domain.group to org.hibernate.validator;
    opens org.dvpp.domain.casework to org.hibernate.validator;
}
