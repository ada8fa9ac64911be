package org.dvpp.programme;

import java.util.List;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.ParticipantId;

/**
 * An erasure that may not be done now, with every reason: {@code legal-hold} or {@code safeguarding-hold} (a hold in
 * force, named by its id), {@code case-open} (a case of his is not closed), {@code partner-support-engaged} (a person
 * at risk from him is engaged with partner support, whose records of her erasure would destroy). Nothing was changed.
 */
public final class ErasureRefusedException extends DvppException {
    private static final long serialVersionUID = 1L;
    /** A legal hold is in force. */
    public static final String LEGAL_HOLD = "legal-hold";
    /** A safeguarding hold is in force. */
    public static final String SAFEGUARDING_HOLD = "safeguarding-hold";
    /** A case of his is not closed. */
    public static final String CASE_OPEN = "case-open";
    /** A person at risk from him is engaged with partner support: her record is still needed for her safety. */
    public static final String SUPPORT_ENGAGED = "partner-support-engaged";
    /**
     * A case of his is shared with a partner organisation under an information-sharing agreement in force: the holder
     * ends the share (or the agreement ends) first, so the partner is not left reading records that no longer open.
     */
    public static final String SHARED_WITH_PARTNER = "shared-with-partner-organisation";

    private final ParticipantId subject;
    private final List<String> reasons;

    /**
     * @param subject the man
     * @param reasons the reasons' codes
     * @param details what each reason refers to (hold ids, case ids), never a reason's text
     */
    public ErasureRefusedException(ParticipantId subject, List<String> reasons, List<String> details) {
        super("Erasure of subject " + subject + " refused: " + String.join(", ", details));
        this.subject = subject;
        this.reasons = List.copyOf(reasons);
    }

    /** @return the man */
    public ParticipantId subject() {
        return subject;
    }

    /** @return the reasons' codes, such as {@value #LEGAL_HOLD} */
    public List<String> reasons() {
        return reasons;
    }
}
