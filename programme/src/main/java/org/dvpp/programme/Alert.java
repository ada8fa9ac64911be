package org.dvpp.programme;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.dvpp.domain.Checks;

/**
 * Something a facilitator or supervisor should act on.
 *
 * @param kind what kind of alert
 * @param subject the case, group session or group it is about
 * @param raisedOn the date it applies to
 * @param message what it is, in plain words (ids and numbers only, no personal details)
 * @param relatedCase the case, when the alert is about one man
 */
@org.dvpp.domain.Classified
public record Alert(Kind kind, UUID subject, LocalDate raisedOn, String message, Optional<UUID> relatedCase) {
    /** Checks every part. */
    public Alert {
        Checks.required(kind, "kind");
        Checks.required(subject, "subject");
        Checks.required(raisedOn, "raisedOn");
        Checks.text(message, "message", 400);
        Checks.required(relatedCase, "relatedCase");
    }

    /** The kinds of alert. */
    public enum Kind {
        /** a session has passed and its register was not taken */
        REGISTER_NOT_TAKEN,
        /** a man missed sessions in a row without an accepted reason */
        CONSECUTIVE_UNEXCUSED_ABSENCES,
        /** a man's motivation rulers fell */
        FALLING_MOTIVATION,
        /** risk rose recently */
        RISING_RISK,
        /** a man's group is near its last session and his completion rule is not yet met */
        COMPLETION_DEADLINE_NEAR,
        /** a group has a free place and men on its waiting list: offer the place */
        PLACE_FREE_WITH_WAITING_LIST,
        /** the latest period of his one-to-one cadence to end had no attended one-to-one */
        ONE_TO_ONE_MISSED,
        /** his current support plan's review date has passed without a review (it goes once the plan is reviewed) */
        SUPPORT_PLAN_REVIEW_OVERDUE
    }
}
