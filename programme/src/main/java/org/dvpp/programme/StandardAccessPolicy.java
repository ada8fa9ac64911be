package org.dvpp.programme;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The standard policy: which roles hold which permissions. Perpetrator-facing staff (facilitators and practitioners)
 * never see the details of the people at risk; partner-support workers do not run groups.
 */
final class StandardAccessPolicy implements AccessPolicy {
    static final StandardAccessPolicy INSTANCE = new StandardAccessPolicy();

    private final Map<Permission, Set<Role>> table = new EnumMap<>(Permission.class);

    private StandardAccessPolicy() {
        grant(Permission.ADMINISTER_AGENCY, Role.ADMINISTRATOR);
        grant(Permission.RECEIVE_REFERRAL, Role.PRACTITIONER, Role.SUPERVISOR, Role.MANAGER);
        grant(Permission.VIEW_CASE, Role.PRACTITIONER, Role.FACILITATOR, Role.SUPERVISOR, Role.MANAGER,
                Role.PARTNER_SUPPORT);
        grant(Permission.SCREEN, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.ASSESS, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.SIGN_OFF, Role.SUPERVISOR);
        grant(Permission.RECORD_CONSENT, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.MANAGE_PEOPLE_AT_RISK, Role.PARTNER_SUPPORT, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.VIEW_PEOPLE_AT_RISK, Role.PARTNER_SUPPORT, Role.SUPERVISOR);
        grant(Permission.MANAGE_GROUPS, Role.MANAGER, Role.SUPERVISOR);
        grant(Permission.DELIVER_SESSIONS, Role.FACILITATOR, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.RECORD_RISK, Role.PRACTITIONER, Role.FACILITATOR, Role.SUPERVISOR, Role.PARTNER_SUPPORT);
        grant(Permission.SHARE_INFORMATION, Role.PRACTITIONER, Role.SUPERVISOR, Role.PARTNER_SUPPORT);
        grant(Permission.MANAGE_CASE, Role.PRACTITIONER, Role.SUPERVISOR);
        grant(Permission.CLOSE_CASE, Role.SUPERVISOR);
        grant(Permission.VIEW_REPORTS, Role.MANAGER, Role.SUPERVISOR, Role.ADMINISTRATOR);
        grant(Permission.VIEW_RAW_REPORTS, Role.ADMINISTRATOR);
    }

    private void grant(Permission p, Role... roles) {
        table.put(p, EnumSet.of(roles[0], roles));
    }

    @Override
    public boolean allows(ActingUser user, Permission permission) {
        Set<Role> allowed = table.getOrDefault(permission, Set.of());
        return user.roles().stream().anyMatch(allowed::contains);
    }
}
