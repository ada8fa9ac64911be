package org.dvpp.programme;

/**
 * Decides whether an acting user may do something. The default ({@link #standard()}) follows the roles of a typical
 * programme; an agency can supply its own through {@link DvppBuilder#accessPolicy(AccessPolicy)}.
 */
@FunctionalInterface
public interface AccessPolicy {

    /**
     * @param user who is acting
     * @param permission what they want to do
     * @return whether they may
     */
    boolean allows(ActingUser user, Permission permission);

    /** @return the standard policy, with partner-support details behind an information barrier */
    static AccessPolicy standard() {
        return StandardAccessPolicy.INSTANCE;
    }
}
