package org.dvpp.programme;

import static org.dvpp.programme.Role.ADMINISTRATOR;
import static org.dvpp.programme.Role.ANALYST;
import static org.dvpp.programme.Role.CASE_MANAGER;
import static org.dvpp.programme.Role.DATA_PROTECTION_OFFICER;
import static org.dvpp.programme.Role.FACILITATOR;
import static org.dvpp.programme.Role.MANAGER;
import static org.dvpp.programme.Role.PARTNER_SUPPORT;
import static org.dvpp.programme.Role.PRACTITIONER;
import static org.dvpp.programme.Role.SAFEGUARDING_LEAD;
import static org.dvpp.programme.Role.SUPERVISOR;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.dvpp.domain.DataClass;

/**
 * The standard policy, one table: which roles hold which permissions, and which roles read which data classes. It is
 * the table in the programme module's README (a test compares the two). Perpetrator-facing staff never read P0; the
 * analyst sees aggregates only.
 */
final class StandardAccessPolicy implements AccessPolicy {
    @Override
    public String id() {
        return "standard";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    static final StandardAccessPolicy INSTANCE = new StandardAccessPolicy();

    private final Map<Permission, Set<Role>> operations = new EnumMap<>(Permission.class);
    private final Map<DataClass, Set<Role>> reads = new EnumMap<>(DataClass.class);

    private StandardAccessPolicy() {
        grant(Permission.ADMINISTER_AGENCY, ADMINISTRATOR);
        grant(Permission.VIEW_AGENCY, ADMINISTRATOR, MANAGER, SUPERVISOR, PRACTITIONER, CASE_MANAGER, FACILITATOR,
                PARTNER_SUPPORT, SAFEGUARDING_LEAD, ANALYST, DATA_PROTECTION_OFFICER);
        grant(Permission.RECEIVE_REFERRAL, PRACTITIONER, CASE_MANAGER, SUPERVISOR, MANAGER);
        grant(Permission.VIEW_CASE, PRACTITIONER, CASE_MANAGER, FACILITATOR, SUPERVISOR, MANAGER, PARTNER_SUPPORT,
                SAFEGUARDING_LEAD);
        grant(Permission.SCREEN, PRACTITIONER, CASE_MANAGER, SUPERVISOR);
        grant(Permission.ASSESS, PRACTITIONER, SUPERVISOR);
        grant(Permission.SIGN_OFF, SUPERVISOR);
        grant(Permission.RECORD_CONSENT, PRACTITIONER, CASE_MANAGER, SUPERVISOR);
        grant(Permission.MANAGE_PEOPLE_AT_RISK, PARTNER_SUPPORT, PRACTITIONER, CASE_MANAGER, SUPERVISOR,
                SAFEGUARDING_LEAD);
        grant(Permission.VIEW_PEOPLE_AT_RISK, PARTNER_SUPPORT, SUPERVISOR, SAFEGUARDING_LEAD);
        grant(Permission.MANAGE_GROUPS, MANAGER, SUPERVISOR);
        grant(Permission.VIEW_GROUPS, FACILITATOR, PRACTITIONER, CASE_MANAGER, SUPERVISOR, MANAGER);
        grant(Permission.DELIVER_SESSIONS, FACILITATOR, PRACTITIONER, SUPERVISOR);
        grant(Permission.RECORD_RISK, PRACTITIONER, CASE_MANAGER, FACILITATOR, SUPERVISOR, PARTNER_SUPPORT,
                SAFEGUARDING_LEAD);
        grant(Permission.SHARE_INFORMATION, PRACTITIONER, CASE_MANAGER, SUPERVISOR, PARTNER_SUPPORT, SAFEGUARDING_LEAD);
        grant(Permission.MANAGE_CASE, PRACTITIONER, CASE_MANAGER, SUPERVISOR);
        grant(Permission.CLOSE_CASE, SUPERVISOR);
        grant(Permission.VIEW_ALERTS, FACILITATOR, PRACTITIONER, CASE_MANAGER, SUPERVISOR, MANAGER, PARTNER_SUPPORT,
                SAFEGUARDING_LEAD);
        grant(Permission.VIEW_PARTNER_SUPPORT, PARTNER_SUPPORT, SAFEGUARDING_LEAD);
        grant(Permission.RECORD_PARTNER_SUPPORT, PARTNER_SUPPORT, SAFEGUARDING_LEAD);
        grant(Permission.BREAK_THE_GLASS, SUPERVISOR, MANAGER);
        grant(Permission.MANAGE_FACILITATORS, MANAGER, SUPERVISOR);
        grant(Permission.VOID_RECORDS, SUPERVISOR);
        grant(Permission.VIEW_REPORTS, MANAGER, SUPERVISOR, ADMINISTRATOR, ANALYST);
        grant(Permission.VIEW_RAW_REPORTS, ADMINISTRATOR);
        grant(Permission.SUBJECT_ACCESS, DATA_PROTECTION_OFFICER);
        grant(Permission.RESEARCH_EXPORT, DATA_PROTECTION_OFFICER);
        grant(Permission.RECORD_NEEDS, PRACTITIONER, CASE_MANAGER, SUPERVISOR);
        grant(Permission.VIEW_NEEDS, PRACTITIONER, CASE_MANAGER, SUPERVISOR, PARTNER_SUPPORT, SAFEGUARDING_LEAD);
        grant(Permission.RECORD_EQUALITY, PRACTITIONER, CASE_MANAGER, SUPERVISOR);
        grant(Permission.RECORD_PARTNER_OUTCOMES, PARTNER_SUPPORT, SUPERVISOR);
        grant(Permission.VIEW_PARTNER_OUTCOMES, PARTNER_SUPPORT, SUPERVISOR, SAFEGUARDING_LEAD);
        grant(Permission.REFER_TO_MARAC, PRACTITIONER, CASE_MANAGER, SUPERVISOR, PARTNER_SUPPORT, SAFEGUARDING_LEAD);
        grant(Permission.VIEW_SAFETY_RECORDS, PRACTITIONER, CASE_MANAGER, SUPERVISOR, PARTNER_SUPPORT,
                SAFEGUARDING_LEAD);
        grant(Permission.VERIFY_AUDIT, ADMINISTRATOR, MANAGER);

        // partnerships: the administrator and the data protection officer make and end agreements; those who share
        // and those who receive see them; what another organisation shared is read by partner support and
        // safeguarding (P0 and P1 only where both the agreement and the reader's role allow)
        grant(Permission.MANAGE_AGREEMENTS, ADMINISTRATOR, DATA_PROTECTION_OFFICER);
        grant(Permission.VIEW_AGREEMENTS, ADMINISTRATOR, DATA_PROTECTION_OFFICER, MANAGER, SUPERVISOR,
                PARTNER_SUPPORT, SAFEGUARDING_LEAD, PRACTITIONER, CASE_MANAGER);
        grant(Permission.VIEW_SHARED_CASES, PARTNER_SUPPORT, SAFEGUARDING_LEAD, SUPERVISOR);

        // data rights: the data protection officer answers restriction and erasure requests beside the roles that
        // run the casework; holds are placed by those who know of the proceedings or the safeguarding concern
        grant(Permission.RESTRICT_PROCESSING, SUPERVISOR, SAFEGUARDING_LEAD, DATA_PROTECTION_OFFICER);
        grant(Permission.VIEW_RESTRICTED, SAFEGUARDING_LEAD, DATA_PROTECTION_OFFICER);
        grant(Permission.PLACE_HOLD, SUPERVISOR, SAFEGUARDING_LEAD);
        grant(Permission.ERASE_RECORDS, ADMINISTRATOR, DATA_PROTECTION_OFFICER);
        grant(Permission.APPLY_RETENTION, ADMINISTRATOR, DATA_PROTECTION_OFFICER);

        // the data protection officer reads what the bundles hold (her bundle is P0, his P1); it holds no other read
        read(DataClass.P0, PARTNER_SUPPORT, SAFEGUARDING_LEAD, SUPERVISOR, DATA_PROTECTION_OFFICER);
        read(DataClass.P1, PRACTITIONER, CASE_MANAGER, SUPERVISOR, SAFEGUARDING_LEAD, DATA_PROTECTION_OFFICER);
        read(DataClass.P2, Role.values());
    }

    private void grant(Permission p, Role... roles) {
        operations.put(p, EnumSet.of(roles[0], roles));
    }

    private void read(DataClass c, Role... roles) {
        reads.put(c, EnumSet.of(roles[0], roles));
    }

    @Override
    public boolean allows(Role role, Permission permission) {
        return operations.getOrDefault(permission, Set.of()).contains(role);
    }

    @Override
    public boolean mayRead(Role role, DataClass dataClass) {
        return reads.getOrDefault(dataClass, Set.of()).contains(role);
    }
}
