package org.dvpp.domain.safety;

/** Where an information-sharing agreement stands on a given day. Only {@link #ACTIVE} lets anything be shared. */
public enum AgreementState {
    /** proposed, not yet signed by every party */
    AWAITING_SIGNATURES,
    /** signed by every party, before its start date */
    NOT_STARTED,
    /** signed by every party and in force */
    ACTIVE,
    /** past its end date */
    EXPIRED,
    /** revoked by a party: nothing more is shared or read under it */
    REVOKED;

    /** @return whether sharing and reading under the agreement are allowed in this state */
    public boolean inForce() {
        return this == ACTIVE;
    }
}
