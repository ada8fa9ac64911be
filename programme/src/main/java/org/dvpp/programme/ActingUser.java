package org.dvpp.programme;

import java.util.Set;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.UserId;

/**
 * Who is acting: every use case takes one. The SDK trusts the host to have authenticated the user; it decides what the
 * user may do from the roles, and records the user in the audit log.
 *
 * @param id the user's id in the host system
 * @param agency the agency the user works for; every call runs inside it
 * @param roles what the user does, at least one
 */
@org.dvpp.domain.Classified
public record ActingUser(UserId id, AgencyId agency, Set<Role> roles) {
    /** Checks every part. */
    public ActingUser {
        Checks.required(id, "user.id");
        Checks.required(agency, "user.agency");
        roles = Checks.set(roles, "user.roles");
        if (roles.isEmpty()) {
            throw new InvalidInputException("user.roles", "not-empty", "an acting user needs at least one role");
        }
    }

    /**
     * @param id the user's id
     * @param agency the agency
     * @param roles the roles
     * @return the acting user
     */
    public static ActingUser of(UserId id, AgencyId agency, Role... roles) {
        return new ActingUser(id, agency, Set.of(roles));
    }

    /**
     * @param role a role
     * @return whether the user has it
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
