package org.dvpp.programme;

import org.dvpp.domain.DataClass;

/**
 * Decides what an acting user may do (per {@link Permission}) and which classes of data they may read (per
 * {@link DataClass}), from their roles; anything not granted is denied. The front door asks on every call, so a
 * policy that reads its grants from somewhere that changes takes effect on the next call. The default
 * ({@link #standard()}) is the table in the programme module's README; an agency can supply its own through
 * {@link DvppBuilder#accessPolicy(AccessPolicy)}, which {@link DvppBuilder#build()} refuses if it lets a
 * {@linkplain Role#perpetratorFacing() perpetrator-facing} role read P0 data.
 */
public interface AccessPolicy {

    /**
     * @param role a role
     * @param permission an operation
     * @return whether the role may do it
     */
    boolean allows(Role role, Permission permission);

    /**
     * @param role a role
     * @param dataClass a class of data
     * @return whether the role may read data of that class; what it may not read is withheld from results
     */
    boolean mayRead(Role role, DataClass dataClass);

    /**
     * @param user who is acting
     * @param permission what they want to do
     * @return whether any of their roles may
     */
    default boolean allows(ActingUser user, Permission permission) {
        return user.roles().stream().anyMatch(r -> allows(r, permission));
    }

    /**
     * @param user who is acting
     * @param dataClass a class of data
     * @return whether any of their roles may read it
     */
    default boolean mayRead(ActingUser user, DataClass dataClass) {
        return user.roles().stream().anyMatch(r -> mayRead(r, dataClass));
    }

    /** @return the standard policy, with partner-support details behind an information barrier */
    static AccessPolicy standard() {
        return StandardAccessPolicy.INSTANCE;
    }
}
