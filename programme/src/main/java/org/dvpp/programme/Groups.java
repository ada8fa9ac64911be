package org.dvpp.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.group.AllocationStatus;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.DeliveryPattern;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.GroupType;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.WaitingListEntry;

/** Groups, places in them, their sessions and registers, and one-to-ones. */
public interface Groups {

    /**
     * Creates a group and schedules its sessions from its curriculum, skipping holidays.
     *
     * @param user who creates it (needs {@link Permission#MANAGE_GROUPS})
     * @param group the group
     * @return the group, with its sessions
     */
    GroupPlan create(ActingUser user, NewGroup group);

    /**
     * Gives a man a place and starts his programme, in one transaction. The start guards are checked first; a full group
     * puts him on its waiting list instead (he may wait for several groups). A group never holds more men than its
     * capacity, however many calls race. A man who gets a place leaves every waiting list he was on.
     *
     * @param user who allocates (needs {@link Permission#MANAGE_GROUPS})
     * @param groupId the group
     * @param caseId the man's case, awaiting a group
     * @return whether he got a place or joined the waiting list
     */
    Placement allocate(ActingUser user, GroupId groupId, CaseId caseId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param groupId the group
     * @return the waiting list, oldest first
     */
    List<WaitingListEntry> waitingList(ActingUser user, GroupId groupId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param groupId the group
     * @return its sessions in order
     */
    List<GroupSession> sessions(ActingUser user, GroupId groupId);

    /**
     * The men due at a session, as its register must list them: men with an active place whose own pass through the
     * curriculum holds this meeting. In a rolling group a man is due from the meeting of his entry session on, until
     * he has had every session once; a man who has left is not due. A meeting of the curriculum's fathering component
     * (see {@link org.dvpp.curriculum.FatheringComponent}) is due only for the men whose latest recorded parent status
     * ({@link Casework#recordFamily}) says they are parents.
     *
     * @param user who asks (needs {@link Permission#VIEW_GROUPS}; a facilitator only for a group he or she runs)
     * @param sessionId the session
     * @return their cases, in the order they joined
     */
    List<CaseId> dueAt(ActingUser user, SessionId sessionId);

    /**
     * Everyone who has had a place in the group, with his entry point and where he is in his own pass (the meetings he
     * is due at: a man who is not a parent has none of the fathering component's).
     *
     * @param user who asks (needs {@link Permission#VIEW_GROUPS}; a facilitator only for a group he or she runs)
     * @param groupId the group
     * @return the members, earliest joined first
     */
    List<Member> members(ActingUser user, GroupId groupId);

    /**
     * Takes a session's register: one line for every man due at it (see {@link #dueAt}; absences are lines too), and
     * none for anyone else. Marks the session delivered. Disengagement (consecutive unexcused absences) raises an
     * event.
     *
     * The session's facilitators are the group's; see {@link #takeRegister(ActingUser, SessionId, List, List)}.
     *
     * @param user who takes it (needs {@link Permission#DELIVER_SESSIONS})
     * @param sessionId the session
     * @param lines one line per man
     * @return the register as stored
     */
    List<Attendance> takeRegister(ActingUser user, SessionId sessionId, List<RegisterLine> lines);

    /**
     * Takes a session's register naming who facilitated it (a cover facilitator, say). The facilitators must meet the
     * agency's {@link FacilitatorRule} (by default two, each with a facilitator record and qualified on the session's
     * date); otherwise nothing is recorded and the error names the rule ({@code facilitator-count},
     * {@code facilitator-record}, {@code qualified-facilitator}). Otherwise as {@link #takeRegister(ActingUser,
     * SessionId, List)}.
     *
     * @param user who takes it (needs {@link Permission#DELIVER_SESSIONS})
     * @param sessionId the session
     * @param facilitators who facilitated it
     * @param lines one line per man due
     * @return the register as stored
     */
    List<Attendance> takeRegister(ActingUser user, SessionId sessionId, List<UserId> facilitators,
            List<RegisterLine> lines);

    /**
     * Records a one-to-one session of his programme (key work, a catch-up or an assessment). An aftercare one-to-one is
     * refused here ({@code aftercare-one-to-one}): it is recorded on his aftercare place ({@link
     * Aftercare#recordOneToOne}), apart from the programme's figures.
     *
     * @param user who held it (needs {@link Permission#DELIVER_SESSIONS})
     * @param caseId the case
     * @param session what happened
     */
    void recordOneToOne(ActingUser user, CaseId caseId, OneToOneInput session);

    /**
     * Records a motivation check-in on the 0 to 10 rulers.
     *
     * @param user who recorded it (needs {@link Permission#DELIVER_SESSIONS})
     * @param caseId the case
     * @param on the date
     * @param importance how important change is to him
     * @param confidence how confident he is
     * @param readiness how ready he is
     * @return the check-in's id (to void it, if it was a mistake)
     */
    org.dvpp.domain.CheckInId recordCheckIn(ActingUser user, CaseId caseId, LocalDate on, int importance, int confidence, int readiness);

    /**
     * The groups the user may see, by start date: a user who holds {@link Permission#VIEW_GROUPS} only as a facilitator
     * sees the groups he or she runs; other roles see every group of the agency.
     *
     * @param user who asks (needs {@link Permission#VIEW_GROUPS})
     * @return the groups, empty when there are none
     */
    List<Group> visible(ActingUser user);

    /**
     * The men due at a session, for a register page: each man {@link #dueAt} lists and each man already on its register,
     * with his pseudonymous reference and, once the register is taken, his line in it. Ordered by reference.
     *
     * @param user who asks (needs {@link Permission#VIEW_GROUPS}; a facilitator only for a group he or she runs)
     * @param sessionId the session
     * @return the men due, empty when the group has none
     */
    List<DueMan> due(ActingUser user, SessionId sessionId);

    /**
     * One man due at a session.
     *
     * @param caseId his case
     * @param reference the agency's pseudonymous reference for him (never his name)
     * @param recorded his line in the session's register, once taken
     */
    @org.dvpp.domain.Classified
    record DueMan(CaseId caseId, String reference, Optional<Attendance> recorded) {
    }

    /**
     * A group to create.
     *
     * @param name its name
     * @param curriculumId the curriculum it follows
     * @param type closed or rolling
     * @param capacity the most men it holds
     * @param facilitators its facilitators
     * @param pattern when it meets
     * @param startDate its first session
     * @param areaCode where it meets
     */
    @org.dvpp.domain.Classified
    record NewGroup(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 80) String curriculumId,
            @NotNull GroupType type, @Min(1) @Max(Group.MAX_CAPACITY) int capacity,
            @NotNull @Size(min = 1, max = 4) List<UserId> facilitators, @NotNull DeliveryPattern pattern,
            @NotNull LocalDate startDate, @NotBlank @Size(max = 40) String areaCode) {
    }

    /**
     * A created group and its sessions.
     *
     * @param group the group
     * @param sessions its sessions in order
     * @param skippedDates dates skipped for holidays
     */
    @org.dvpp.domain.Classified
    record GroupPlan(Group group, List<GroupSession> sessions, List<LocalDate> skippedDates) {
    }

    /**
     * Where an allocation left the man.
     *
     * @param outcome placed or waiting
     * @param waitingPosition his position on the waiting list (1 = next), when waiting
     * @param entrySession the curriculum session he starts at when placed (0 when waiting): 1 in a closed cohort, the
     *     next module start with a full pass ahead in a rolling group
     * @param firstSession the date of his first meeting, when placed
     */
    @org.dvpp.domain.Classified
    record Placement(Outcome outcome, int waitingPosition, int entrySession, Optional<LocalDate> firstSession) {
        /** The outcome of an allocation. */
        public enum Outcome {
            /** he has a place and his programme has started */
            PLACED,
            /** the group is full; he is on its waiting list */
            WAITING
        }
    }

    /**
     * A man's place in a group and where he is in his own pass through the curriculum.
     *
     * @param caseId his case
     * @param status whether he still holds the place
     * @param joinedOn the day he got it
     * @param entrySession the curriculum session he entered at
     * @param firstMeeting the date of his first meeting
     * @param lastMeeting the date of the last meeting of his pass (of his last register line, once he has left)
     * @param meetingsDelivered meetings of his pass delivered so far (his position)
     * @param meetingsInPass meetings in his pass
     */
    @org.dvpp.domain.Classified
    record Member(CaseId caseId, AllocationStatus status, LocalDate joinedOn, int entrySession, LocalDate firstMeeting,
            LocalDate lastMeeting, int meetingsDelivered, int meetingsInPass) {
    }

    /**
     * One man's line in a register.
     *
     * @param caseId his case
     * @param status present, late, excused or unexcused
     * @param credited time to credit; empty means the whole session when present, and nothing when absent (required
     *     when late)
     */
    @org.dvpp.domain.Classified
    record RegisterLine(@NotNull CaseId caseId, @NotNull AttendanceStatus status, @NotNull Optional<Duration> credited) {
    }

    /**
     * A one-to-one session.
     *
     * @param date when
     * @param duration how long
     * @param kind its purpose
     * @param status whether he attended
     * @param catchUpSessions curriculum sessions it makes up
     */
    @org.dvpp.domain.Classified
    record OneToOneInput(@NotNull LocalDate date, @NotNull Duration duration, @NotNull OneToOneKind kind,
            @NotNull AttendanceStatus status, @NotNull java.util.Set<Integer> catchUpSessions) {
    }
}
