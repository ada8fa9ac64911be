package org.dvpp.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.casework.AftercareAttendance;
import org.dvpp.domain.casework.AftercareEnd;
import org.dvpp.domain.casework.AftercareMode;
import org.dvpp.domain.casework.AftercarePlace;
import org.dvpp.domain.group.AttendanceStatus;

/**
 * Aftercare after completion: a relapse-prevention group or one-to-ones, with their attendance. A man who has completed
 * is given a place (which moves his case from completed to aftercare); the place runs until it is ended. An aftercare
 * group is a group created with {@link Groups#create} on a curriculum whose purpose is aftercare ({@code "purpose":
 * "AFTERCARE"} in its JSON): it takes men with an aftercare place, never an allocation, and its registers are taken
 * here. Aftercare attendance is kept apart from the programme's registers and one-to-ones: it never changes a man's
 * progress or completion, nor any report's figures.
 */
public interface Aftercare {

    /**
     * Gives a man who has completed an aftercare place. His case moves from completed to aftercare (if it is not there
     * already); he may hold one place at a time. A group place needs a free place in the group: places not yet ended
     * count against its capacity (checked in the call's transaction; two offers for the last place at the same moment
     * are not serialised against each other, unlike {@link Groups#allocate}).
     *
     * @param user who gives it (needs {@link Permission#MANAGE_CASE})
     * @param caseId a case that is completed or in aftercare
     * @param place what place
     * @return the place
     */
    AftercarePlace offer(ActingUser user, CaseId caseId, PlaceInput place);

    /**
     * Ends an aftercare place. His case stays in aftercare until a supervisor closes it ({@link Cases#close}); closing
     * the case (or any other end of it) ends a place still open, with the reason {@link AftercareEnd#CASE_ENDED}.
     *
     * @param user who ends it (needs {@link Permission#MANAGE_CASE})
     * @param placeId the place
     * @param end when and why
     * @return the place, ended
     */
    AftercarePlace end(ActingUser user, RecordId placeId, EndInput end);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return his aftercare places, oldest first
     */
    List<AftercarePlace> places(ActingUser user, CaseId caseId);

    /**
     * The men due at a meeting of an aftercare group: those whose place in it runs on the meeting's day and whose case
     * is in aftercare, in the order their places were given.
     *
     * @param user who asks (needs {@link Permission#VIEW_GROUPS}; a facilitator only for a group he or she runs)
     * @param sessionId a meeting of an aftercare group
     * @return their cases
     */
    List<CaseId> dueAt(ActingUser user, SessionId sessionId);

    /**
     * Takes the register of an aftercare group meeting: one line for every man due (absences are lines too) and none for
     * anyone else, its facilitators meeting the agency's {@link FacilitatorRule}, as for a programme group. Marks the
     * meeting delivered.
     *
     * @param user who takes it (needs {@link Permission#DELIVER_SESSIONS}; a facilitator only for a group he or she
     *     runs)
     * @param sessionId a meeting of an aftercare group
     * @param facilitators who facilitated it
     * @param lines one line per man due
     * @return his aftercare attendance, one record per line
     */
    List<AftercareAttendance> takeRegister(ActingUser user, SessionId sessionId, List<UserId> facilitators,
            List<Groups.RegisterLine> lines);

    /**
     * Records an aftercare one-to-one, on a one-to-one place that runs on its date.
     *
     * @param user who held it (needs {@link Permission#DELIVER_SESSIONS})
     * @param placeId his aftercare one-to-one place
     * @param session what happened
     * @return the record
     */
    AftercareAttendance recordOneToOne(ActingUser user, RecordId placeId, OneToOneInput session);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return his aftercare attendance, group lines and one-to-ones, by date
     */
    List<AftercareAttendance> attendance(ActingUser user, CaseId caseId);

    /**
     * An aftercare place to give.
     *
     * @param mode a group place or one-to-ones
     * @param group the aftercare group, for a group place (empty for one-to-ones)
     * @param startsOn its first day (not before his completion)
     * @param plannedEnd when it is planned to end, if agreed
     */
    @org.dvpp.domain.Classified
    record PlaceInput(@NotNull AftercareMode mode, @NotNull Optional<GroupId> group, @NotNull LocalDate startsOn,
            @NotNull Optional<LocalDate> plannedEnd) {
    }

    /**
     * The end of a place.
     *
     * @param on its last day (not in the future, not before its start)
     * @param reason why it ended
     */
    @org.dvpp.domain.Classified
    record EndInput(@NotNull LocalDate on, @NotNull AftercareEnd reason) {
    }

    /**
     * An aftercare one-to-one.
     *
     * @param on when (not in the future)
     * @param minutes how long it ran, 1 to 240 (the time he was there; 0 is taken from an absence)
     * @param status whether he attended
     */
    @org.dvpp.domain.Classified
    record OneToOneInput(@NotNull LocalDate on, @Min(1) @Max(240) int minutes, @NotNull AttendanceStatus status) {
    }
}
