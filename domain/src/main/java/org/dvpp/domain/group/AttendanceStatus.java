package org.dvpp.domain.group;

/** A man's attendance at one session. Absences are recorded rows, never missing rows. */
public enum AttendanceStatus {
    /** attended the whole session */
    PRESENT,
    /** attended, arriving late */
    LATE,
    /** absent with a reason accepted in advance or afterwards */
    EXCUSED_ABSENCE,
    /** absent without an accepted reason */
    UNEXCUSED_ABSENCE;

    /** @return whether he was in the room */
    public boolean attended() {
        return this == PRESENT || this == LATE;
    }
}
