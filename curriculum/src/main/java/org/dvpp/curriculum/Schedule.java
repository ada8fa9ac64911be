package org.dvpp.curriculum;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.SessionStatus;

/**
 * The dated meetings of a group. The group meets on one weekday every {@link Delivery#everyWeeks()} weeks; a date that
 * is a holiday in the calendar is skipped (and listed in {@link #skipped()}) and the session moves to the next meeting
 * date, so no session is ever lost. Cancelling a meeting does the same; moving one changes only its date. Immutable:
 * {@link #cancel} and {@link #move} return a new schedule.
 *
 * <p>A closed cohort's schedule has one meeting per curriculum session. A rolling group's schedule cycles through the
 * curriculum; each man follows {@link #forEntrant(int)} from the meeting he joins at, wrapping round, until he has had
 * every session once.
 */
public final class Schedule {
    private final Curriculum curriculum;
    private final ScheduleRequest request;
    private final HolidayCalendar calendar;
    private final LocalDate firstSlot;
    private final List<ScheduledSession> sessions;
    private final List<SkippedDate> skipped;

    private Schedule(Curriculum curriculum, ScheduleRequest request, HolidayCalendar calendar, LocalDate firstSlot,
            List<ScheduledSession> sessions, List<SkippedDate> skipped) {
        this.curriculum = curriculum;
        this.request = request;
        this.calendar = calendar;
        this.firstSlot = firstSlot;
        this.sessions = List.copyOf(sessions);
        this.skipped = skipped.stream().sorted(Comparator.comparing(SkippedDate::date)).toList();
    }

    /**
     * The schedule of a closed cohort: every session of the curriculum once, from session 1.
     *
     * @param curriculum a valid curriculum
     * @param request when the group starts and meets
     * @param calendar the days it does not meet
     * @return the schedule
     * @throws InvalidInputException with rule {@code calendar-coverage} when a meeting would fall in a year the calendar
     *     does not cover
     */
    public static Schedule closed(Curriculum curriculum, ScheduleRequest request, HolidayCalendar calendar) {
        return build(curriculum, request, calendar, 1, curriculum.sessionCount());
    }

    /**
     * The schedule of a rolling group: {@code meetings} meetings cycling through the curriculum from session 1.
     *
     * @param curriculum a valid curriculum
     * @param request when the group starts and meets
     * @param calendar the days it does not meet
     * @param meetings how many meetings to plan (1 to 1,000)
     * @return the schedule
     */
    public static Schedule rolling(Curriculum curriculum, ScheduleRequest request, HolidayCalendar calendar, int meetings) {
        Checks.range(meetings, "meetings", 1, 1_000);
        return build(curriculum, request, calendar, 1, meetings);
    }

    private static Schedule build(Curriculum c, ScheduleRequest r, HolidayCalendar cal, int firstSession, int meetings) {
        Checks.required(c, "curriculum");
        Checks.required(r, "request");
        Checks.required(cal, "calendar");
        List<SkippedDate> skipped = new ArrayList<>();
        List<ScheduledSession> out = new ArrayList<>();
        LocalDate first;
        try {
            first = r.start().with(TemporalAdjusters.nextOrSame(r.weekday()));
            LocalDate slot = first;
            int n = c.sessionCount();
            for (int seq = 1; seq <= meetings; seq++) {
                slot = nextFree(slot, cal, c.delivery().everyWeeks(), skipped);
                int cs = ((firstSession - 1 + seq - 1) % n) + 1;
                out.add(new ScheduledSession(seq, cs, slot.atTime(r.time()), c.session(cs).duration()));
                slot = slot.plusWeeks(c.delivery().everyWeeks());
            }
        } catch (java.time.DateTimeException e) {
            // date arithmetic past LocalDate.MAX (a start such as +999999999-12-31, found by fuzzing the command)
            throw new InvalidInputException("start", "calendar-coverage", "the meetings would fall after the last"
                    + " date that can be represented, outside the years the holiday calendar '" + cal.id()
                    + "' covers (" + cal.firstYear() + " to " + cal.lastYear() + ")");
        }
        return new Schedule(c, r, cal, first, out, skipped);
    }

    /** The first slot on or after {@code slot} (stepping by the rhythm) that is not a holiday; records skipped ones. */
    private static LocalDate nextFree(LocalDate slot, HolidayCalendar cal, int everyWeeks, List<SkippedDate> skipped) {
        LocalDate d = slot;
        while (true) {
            requireCovered(cal, d);
            Optional<String> holiday = cal.holiday(d);
            if (holiday.isEmpty()) {
                return d;
            }
            skipped.add(new SkippedDate(d, SkippedDate.HOLIDAY, holiday.get()));
            d = d.plusWeeks(everyWeeks);
        }
    }

    private static void requireCovered(HolidayCalendar cal, LocalDate d) {
        if (!cal.covers(d)) {
            throw new InvalidInputException("start", "calendar-coverage", "a meeting would fall on " + d
                    + ", outside the years the holiday calendar '" + cal.id() + "' covers (" + cal.firstYear() + " to "
                    + cal.lastYear() + ")");
        }
    }

    /** @return the curriculum */
    public Curriculum curriculum() {
        return curriculum;
    }

    /** @return the id of the holiday calendar used */
    public String calendarId() {
        return calendar.id();
    }

    /** @return when the group starts and meets */
    public ScheduleRequest request() {
        return request;
    }

    /** @return the meetings, in order */
    public List<ScheduledSession> sessions() {
        return sessions;
    }

    /** @return the dates on the rhythm on which the group did not meet, holidays and cancellations, in date order */
    public List<SkippedDate> skipped() {
        return skipped;
    }

    /**
     * Cancels a meeting. Its session moves to the next meeting date and every later session moves one meeting on, so
     * the sequence is kept and nothing is lost; the last session gets the next free date on the rhythm.
     *
     * @param sequence the meeting to cancel
     * @param reasonCode a short code for why, such as {@code facilitator-unavailable}; never free text about a person
     * @return the new schedule
     */
    public Schedule cancel(int sequence, String reasonCode) {
        Checks.range(sequence, "sequence", 1, sessions.size());
        Checks.text(reasonCode, "reasonCode", 60);
        List<SkippedDate> newSkipped = new ArrayList<>(skipped);
        ScheduledSession cancelled = sessions.get(sequence - 1);
        newSkipped.add(new SkippedDate(cancelled.start().toLocalDate(), SkippedDate.CANCELLED, reasonCode));
        ScheduledSession last = sessions.get(sessions.size() - 1);
        LocalDate after = nextSlotAfter(last.start().toLocalDate());
        LocalDate extra = nextFree(after, calendar, curriculum.delivery().everyWeeks(), newSkipped);
        List<ScheduledSession> out = new ArrayList<>(sessions.subList(0, sequence - 1));
        for (int i = sequence - 1; i < sessions.size(); i++) {
            ScheduledSession s = sessions.get(i);
            LocalDateTime start = i + 1 < sessions.size() ? sessions.get(i + 1).start() : extra.atTime(request.time());
            out.add(new ScheduledSession(s.sequence(), s.curriculumSession(), start, s.duration()));
        }
        return new Schedule(curriculum, request, calendar, firstSlot, out, newSkipped);
    }

    /**
     * Moves one meeting to another date and time, keeping the order of meetings.
     *
     * @param sequence the meeting to move
     * @param newStart its new start
     * @return the new schedule
     * @throws InvalidInputException with rule {@code keeps-order} when it would not stay after the previous meeting and
     *     before the next, or {@code not-holiday} when the new date is a holiday
     */
    public Schedule move(int sequence, LocalDateTime newStart) {
        Checks.range(sequence, "sequence", 1, sessions.size());
        Checks.required(newStart, "newStart");
        requireCovered(calendar, newStart.toLocalDate());
        if (sequence > 1 && !newStart.toLocalDate().isAfter(sessions.get(sequence - 2).start().toLocalDate())) {
            throw new InvalidInputException("newStart", "keeps-order",
                    "meeting " + sequence + " must stay after meeting " + (sequence - 1));
        }
        if (sequence < sessions.size() && !newStart.toLocalDate().isBefore(sessions.get(sequence).start().toLocalDate())) {
            throw new InvalidInputException("newStart", "keeps-order",
                    "meeting " + sequence + " must stay before meeting " + (sequence + 1));
        }
        Optional<String> holiday = calendar.holiday(newStart.toLocalDate());
        if (holiday.isPresent()) {
            throw new InvalidInputException("newStart", "not-holiday", newStart.toLocalDate() + " is " + holiday.get());
        }
        List<ScheduledSession> out = new ArrayList<>(sessions);
        ScheduledSession s = sessions.get(sequence - 1);
        out.set(sequence - 1, new ScheduledSession(s.sequence(), s.curriculumSession(), newStart, s.duration()));
        return new Schedule(curriculum, request, calendar, firstSlot, out, skipped);
    }

    private LocalDate nextSlotAfter(LocalDate date) {
        int step = curriculum.delivery().everyWeeks();
        LocalDate d = firstSlot;
        while (!d.isAfter(date)) {
            d = d.plusWeeks(step);
        }
        return d;
    }

    /**
     * A man's own sequence in a rolling group: the meetings from the one he joins at until he has had every curriculum
     * session once, wrapping round the curriculum.
     *
     * @param entrySequence the meeting he joins at; it must deliver an entry point (a module's first session)
     * @return his meetings, in order, one per curriculum session
     * @throws InvalidInputException with rule {@code entry-point} when the meeting does not start a module, or {@code
     *     within-schedule} when the schedule is too short to give him every session
     */
    public List<ScheduledSession> forEntrant(int entrySequence) {
        Checks.range(entrySequence, "entrySequence", 1, sessions.size());
        ScheduledSession entry = sessions.get(entrySequence - 1);
        if (!curriculum.entryPoints().contains(entry.curriculumSession())) {
            throw new InvalidInputException("entrySequence", "entry-point", "meeting " + entrySequence + " delivers session "
                    + entry.curriculumSession() + ", which is not an entry point " + curriculum.entryPoints());
        }
        int n = curriculum.sessionCount();
        if (entrySequence - 1 + n > sessions.size()) {
            throw new InvalidInputException("entrySequence", "within-schedule", "the schedule has " + sessions.size()
                    + " meetings; a man joining at meeting " + entrySequence + " needs " + n + " from there");
        }
        return List.copyOf(sessions.subList(entrySequence - 1, entrySequence - 1 + n));
    }

    /**
     * The curriculum session numbers a man joining a rolling group at {@code entrySession} takes, in order.
     *
     * @param curriculum the curriculum
     * @param entrySession the session he joins at; must be an entry point
     * @return every session number once, from the entry point, wrapping round
     */
    public static List<Integer> entrantSequence(Curriculum curriculum, int entrySession) {
        if (!curriculum.entryPoints().contains(entrySession)) {
            throw new InvalidInputException("entrySession", "entry-point", "session " + entrySession
                    + " is not an entry point of " + curriculum.id() + " " + curriculum.entryPoints());
        }
        int n = curriculum.sessionCount();
        List<Integer> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(((entrySession - 1 + i) % n) + 1);
        }
        return List.copyOf(out);
    }

    /**
     * @param agency the agency
     * @param group the group
     * @return the meetings as domain group sessions, all {@link SessionStatus#SCHEDULED}, with new ids
     */
    public List<GroupSession> toGroupSessions(AgencyId agency, GroupId group) {
        return sessions.stream().map(s -> new GroupSession(SessionId.random(), agency, group, s.sequence(),
                s.curriculumSession(), s.start(), s.duration(), SessionStatus.SCHEDULED, false)).toList();
    }
}
