package org.dvpp.programme;

import org.dvpp.domain.DvppException;
import org.dvpp.domain.UserId;

/** The acting user may not do what they asked. Nothing was read or changed; the refusal is audited. */
public class AccessDeniedException extends DvppException {
    private static final long serialVersionUID = 1L;

    private final Permission permission;

    /**
     * @param user who asked
     * @param permission what they lacked
     */
    public AccessDeniedException(UserId user, Permission permission) {
        super("User " + user + " may not " + permission + " (the access policy does not allow it for their roles)");
        this.permission = permission;
    }

    /**
     * @param message what was refused and why (ids and codes only)
     * @param permission the permission the call needed
     */
    protected AccessDeniedException(String message, Permission permission) {
        super(message);
        this.permission = permission;
    }

    /** @return the permission the user lacked */
    public Permission permission() {
        return permission;
    }
}
