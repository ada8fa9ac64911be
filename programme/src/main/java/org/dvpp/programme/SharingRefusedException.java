package org.dvpp.programme;

import org.dvpp.domain.UserId;

/**
 * A read or share under an information-sharing agreement was refused because the agreement is not in force (awaiting
 * signatures, not started, expired or revoked) or the share has ended. Nothing was read or changed; the refusal is
 * audited. {@link #reason()} is a code: {@code agreement-awaiting-signatures}, {@code agreement-not-started},
 * {@code agreement-expired}, {@code agreement-revoked}, {@code share-ended} or {@code not-a-party}.
 */
public final class SharingRefusedException extends AccessDeniedException {
    private static final long serialVersionUID = 1L;

    private final String reason;

    /**
     * @param user who asked
     * @param permission the permission the call needed
     * @param reason the code of why it was refused
     */
    public SharingRefusedException(UserId user, Permission permission, String reason) {
        super("User " + user + " may not " + permission + " here: " + reason, permission);
        this.reason = reason;
    }

    /** @return why, as a code */
    public String reason() {
        return reason;
    }
}
