package org.dvpp.domain.safety;

/**
 * What came of a contact or an attempt at one. Only some outcomes mean she was reached ({@link #reached()}); the others
 * record an attempt.
 */
public enum ContactOutcome {
    /** she was reached and spoke with the worker */
    SPOKE(true),
    /** she was reached but it was not safe to talk; the worker ended the contact */
    UNSAFE_TO_TALK(true),
    /** she was reached and declined support for now */
    DECLINED_SUPPORT(true),
    /** no answer */
    NO_ANSWER(false),
    /** a message was left, by the agreed safe way only */
    MESSAGE_LEFT(false),
    /** the number or address no longer reaches her */
    DETAILS_NO_LONGER_VALID(false),
    /** someone else answered; nothing was said of the service */
    SOMEONE_ELSE_ANSWERED(false);

    private final boolean reached;

    ContactOutcome(boolean reached) {
        this.reached = reached;
    }

    /** @return whether she was reached (a contact), rather than only tried (an attempt) */
    public boolean reached() {
        return reached;
    }
}
