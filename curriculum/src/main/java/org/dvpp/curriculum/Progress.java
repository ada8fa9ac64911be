package org.dvpp.curriculum;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.EventId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOneKind;
import org.dvpp.domain.group.OneToOneSession;
import org.dvpp.domain.group.SessionStatus;

/**
 * A man's progress through a curriculum, worked out from the registers of the group sessions he was due at and his
 * one-to-ones, and whether he meets the curriculum's {@link CompletionRule}.
 *
 * <p>How it counts:
 * <ul>
 *   <li>Only {@link SessionStatus#DELIVERED delivered} sessions count; scheduled and cancelled ones are ignored.</li>
 *   <li>A delivered session with no register line for him is listed in {@link #registerMissing()} and counted neither as
 *       attended nor as an absence: someone must take the register.</li>
 *   <li>Group time is the time credited on his register lines, which can never exceed a session's length.</li>
 *   <li>One-to-one time counts attended key-work and catch-up one-to-ones; assessment and aftercare are not
 *       intervention time.</li>
 *   <li>A missed session (excused or unexcused) is caught up by an attended catch-up one-to-one that names it. A catch-up
 *       of a session he attended or was never due at counts for nothing.</li>
 *   <li>Consecutive unexcused absences run in date order; attendance or an excused absence ends a run.</li>
 * </ul>
 *
 * @param delivered delivered sessions he was due at
 * @param attended sessions he attended (present or late)
 * @param late sessions he attended late
 * @param excusedAbsences excused absences
 * @param unexcusedAbsences unexcused absences
 * @param registerMissing delivered sessions with no register line for him
 * @param groupTime group time credited
 * @param oneToOneTime one-to-one time credited
 * @param missedSessions curriculum sessions he was absent from and has not attended at another meeting
 * @param caughtUpSessions missed sessions made up in a catch-up one-to-one
 * @param coveredSessions curriculum sessions attended or caught up
 * @param consecutiveUnexcused unexcused absences in a row up to his latest recorded session
 * @param longestUnexcusedRun the longest such run so far
 * @param unmet the completion requirements not yet met, as codes with figures; empty when he has completed
 * @param exclusionReviewDue whether his unexcused absences are above the most allowed
 * @param oneToOnesAttended attended key-work and catch-up one-to-ones
 * @param fathering where he stands on the curriculum's fathering component; empty when it has none. A man who is not
 *     a parent is not due at its sessions (they are left out of every figure here); for a parent its sessions count in
 *     every figure, the curriculum's rule is judged on the other sessions and the component's rule on its own, and
 *     {@link #unmet()} holds both
 */
@Classified
public record Progress(
        int delivered,
        int attended,
        int late,
        int excusedAbsences,
        int unexcusedAbsences,
        List<SessionId> registerMissing,
        Duration groupTime,
        Duration oneToOneTime,
        SortedSet<Integer> missedSessions,
        SortedSet<Integer> caughtUpSessions,
        SortedSet<Integer> coveredSessions,
        int consecutiveUnexcused,
        int longestUnexcusedRun,
        List<String> unmet,
        boolean exclusionReviewDue,
        int oneToOnesAttended,
        java.util.Optional<FatheringProgress> fathering) {

    /** Copies the collections. */
    public Progress {
        registerMissing = List.copyOf(registerMissing);
        missedSessions = Collections.unmodifiableSortedSet(new TreeSet<>(missedSessions));
        caughtUpSessions = Collections.unmodifiableSortedSet(new TreeSet<>(caughtUpSessions));
        coveredSessions = Collections.unmodifiableSortedSet(new TreeSet<>(coveredSessions));
        unmet = List.copyOf(unmet);
        java.util.Objects.requireNonNull(fathering, "fathering");
    }

    /**
     * Progress on a curriculum without a fathering component (the form before it existed).
     *
     * @param delivered delivered sessions he was due at
     * @param attended sessions he attended
     * @param late sessions he attended late
     * @param excusedAbsences excused absences
     * @param unexcusedAbsences unexcused absences
     * @param registerMissing delivered sessions with no register line for him
     * @param groupTime group time credited
     * @param oneToOneTime one-to-one time credited
     * @param missedSessions sessions missed and not attended elsewhere
     * @param caughtUpSessions missed sessions caught up
     * @param coveredSessions sessions attended or caught up
     * @param consecutiveUnexcused the current run of unexcused absences
     * @param longestUnexcusedRun the longest run
     * @param unmet what is unmet
     * @param exclusionReviewDue whether an exclusion review is due
     * @param oneToOnesAttended attended key-work and catch-up one-to-ones
     */
    public Progress(int delivered, int attended, int late, int excusedAbsences, int unexcusedAbsences,
            List<SessionId> registerMissing, Duration groupTime, Duration oneToOneTime, SortedSet<Integer> missedSessions,
            SortedSet<Integer> caughtUpSessions, SortedSet<Integer> coveredSessions, int consecutiveUnexcused,
            int longestUnexcusedRun, List<String> unmet, boolean exclusionReviewDue, int oneToOnesAttended) {
        this(delivered, attended, late, excusedAbsences, unexcusedAbsences, registerMissing, groupTime, oneToOneTime,
                missedSessions, caughtUpSessions, coveredSessions, consecutiveUnexcused, longestUnexcusedRun, unmet,
                exclusionReviewDue, oneToOnesAttended, java.util.Optional.empty());
    }

    /** @return group and one-to-one time together */
    public Duration totalTime() {
        return groupTime.plus(oneToOneTime);
    }

    /** @return whether he meets the completion rule */
    public boolean completed() {
        return unmet.isEmpty();
    }

    /** @return missed sessions not yet caught up */
    public SortedSet<Integer> outstandingSessions() {
        TreeSet<Integer> out = new TreeSet<>(missedSessions);
        out.removeAll(caughtUpSessions);
        return Collections.unmodifiableSortedSet(out);
    }

    /**
     * Works out a man's progress.
     *
     * @param curriculum the curriculum he follows
     * @param caseId his case
     * @param sessions the group sessions he was due at (in a rolling group, his own sequence), any status
     * @param attendance his register lines
     * @param oneToOnes his one-to-ones
     * @return his progress (as a man who is not a parent, when the curriculum has a fathering component; see
     *     {@link #of(Curriculum, CaseId, List, List, List, boolean)})
     * @throws InvalidInputException naming the line, when a register line or one-to-one belongs to another case, a line
     *     refers to a session not delivered or not in {@code sessions}, a session has two lines, or a line credits more
     *     time than the session ran
     */
    public static Progress of(Curriculum curriculum, CaseId caseId, List<GroupSession> sessions,
            List<Attendance> attendance, List<OneToOneSession> oneToOnes) {
        Checks.required(curriculum, "curriculum");
        return of(curriculum, caseId, sessions, attendance, oneToOnes, false);
    }

    /**
     * Works out a man's progress, with the curriculum's fathering component (if it has one) delivered to him only if
     * he is a parent.
     *
     * @param curriculum the curriculum he follows
     * @param caseId his case
     * @param sessions the group sessions of his pass, any status (fathering meetings included; they are left out here
     *     when he is not a parent)
     * @param attendance his register lines
     * @param oneToOnes his one-to-ones
     * @param parent whether his recorded parent status says he is a parent
     * @return his progress
     */
    public static Progress of(Curriculum curriculum, CaseId caseId, List<GroupSession> sessions,
            List<Attendance> attendance, List<OneToOneSession> oneToOnes, boolean parent) {
        Checks.required(curriculum, "curriculum");
        Checks.list(sessions, "sessions");
        Checks.list(attendance, "attendance");
        SortedSet<Integer> fathering = curriculum.fatheringSessions();
        if (curriculum.fathering().isEmpty() || fathering.isEmpty()) {
            return of(curriculum, curriculum.completion().effective(), caseId, sessions, attendance, oneToOnes);
        }
        if (!parent) {
            // not due at the fathering meetings: they, and any line at them, count for nothing
            Set<SessionId> left = new HashSet<>();
            List<GroupSession> his = new ArrayList<>();
            for (GroupSession s : sessions) {
                if (fathering.contains(s.curriculumSession())) {
                    left.add(s.id());
                } else {
                    his.add(s);
                }
            }
            List<Attendance> lines = attendance.stream().filter(a -> !left.contains(a.session())).toList();
            Progress p = of(curriculum, curriculum.completion().effective(), caseId, his, lines, oneToOnes);
            return p.withFathering(new FatheringProgress(false, fathering, new TreeSet<>(), Duration.ZERO,
                    List.of()));
        }
        // a parent: every meeting counts in the figures; the curriculum's rule is judged without the component's
        // sessions and the component's rule on them alone
        Progress all = of(curriculum, CompletionCriterion.AllOf.NONE, caseId, sessions, attendance, oneToOnes);
        Map<SessionId, GroupSession> byId = new HashMap<>();
        sessions.forEach(s -> byId.put(s.id(), s));
        Duration fatheringTime = Duration.ZERO;
        for (Attendance a : attendance) {
            GroupSession s = byId.get(a.session());
            if (s != null && s.status() == SessionStatus.DELIVERED && fathering.contains(s.curriculumSession())
                    && a.status().attended()) {
                fatheringTime = fatheringTime.plus(a.credited());
            }
        }
        TreeSet<Integer> core = new TreeSet<>(all.coveredSessions());
        core.removeAll(fathering);
        TreeSet<Integer> covered = new TreeSet<>(all.coveredSessions());
        covered.retainAll(fathering);
        List<String> unmet = new ArrayList<>(curriculum.completion().effective().unmet(new CompletionCriterion.Facts(
                core, all.totalTime().minus(fatheringTime), all.oneToOnesAttended())));
        List<String> fatheringUnmet = curriculum.fathering().get().completion().unmet(new CompletionCriterion.Facts(
                covered, fatheringTime, 0)).stream().map(u -> "fathering " + u).toList();
        unmet.addAll(fatheringUnmet);
        return new Progress(all.delivered, all.attended, all.late, all.excusedAbsences, all.unexcusedAbsences,
                all.registerMissing, all.groupTime, all.oneToOneTime, all.missedSessions, all.caughtUpSessions,
                all.coveredSessions, all.consecutiveUnexcused, all.longestUnexcusedRun, unmet, all.exclusionReviewDue,
                all.oneToOnesAttended, java.util.Optional.of(new FatheringProgress(true, fathering, covered,
                        fatheringTime, fatheringUnmet)));
    }

    private Progress withFathering(FatheringProgress f) {
        return new Progress(delivered, attended, late, excusedAbsences, unexcusedAbsences, registerMissing, groupTime,
                oneToOneTime, missedSessions, caughtUpSessions, coveredSessions, consecutiveUnexcused,
                longestUnexcusedRun, unmet, exclusionReviewDue, oneToOnesAttended, java.util.Optional.of(f));
    }

    /**
     * A man's progress on the one-to-one-only pathway: there are no group sessions; his attended one-to-ones give his
     * time, a catch-up one-to-one covers the curriculum sessions it names, and the pathway's own rule decides.
     *
     * @param curriculum the curriculum, with a {@link Curriculum#oneToOnePathway()}
     * @param caseId his case
     * @param oneToOnes his one-to-ones
     * @return his progress
     * @throws InvalidInputException when the curriculum has no one-to-one pathway or a one-to-one is another case's
     */
    public static Progress ofOneToOnePathway(Curriculum curriculum, CaseId caseId, List<OneToOneSession> oneToOnes) {
        Checks.required(curriculum, "curriculum");
        Checks.required(caseId, "caseId");
        Checks.list(oneToOnes, "oneToOnes");
        OneToOnePathway pathway = curriculum.oneToOnePathway().orElseThrow(() -> new InvalidInputException(
                "curriculum", "has-one-to-one-pathway", "curriculum " + curriculum.id()
                        + " offers no one-to-one-only pathway"));
        Duration time = Duration.ZERO;
        TreeSet<Integer> covered = new TreeSet<>();
        int count = 0;
        for (int i = 0; i < oneToOnes.size(); i++) {
            OneToOneSession o = oneToOnes.get(i);
            if (!o.caseId().equals(caseId)) {
                throw new InvalidInputException("oneToOnes[" + i + "].caseId", "same-case",
                        "a one-to-one belongs to another case");
            }
            if (!o.status().attended()
                    || (o.kind() != OneToOneKind.KEY_WORK && o.kind() != OneToOneKind.CATCH_UP)) {
                continue;
            }
            count++;
            time = time.plus(o.credited());
            for (int n : o.catchUpSessions()) {
                if (n >= 1 && n <= curriculum.sessionCount()) {
                    covered.add(n);
                }
            }
        }
        List<String> unmet = pathway.completion().unmet(new CompletionCriterion.Facts(covered, time, count));
        return new Progress(0, 0, 0, 0, 0, List.of(), Duration.ZERO, time, new TreeSet<>(), new TreeSet<>(),
                covered, 0, 0, unmet, false, count);
    }

    /**
     * Works out a man's progress against a given criterion (the curriculum's {@link CompletionRule#effective()} for a
     * group place).
     *
     * @param curriculum the curriculum he follows
     * @param criterion what completing takes
     * @param caseId his case
     * @param sessions the group sessions he was due at
     * @param attendance his register lines
     * @param oneToOnes his one-to-ones
     * @return his progress
     */
    public static Progress of(Curriculum curriculum, CompletionCriterion criterion, CaseId caseId,
            List<GroupSession> sessions, List<Attendance> attendance, List<OneToOneSession> oneToOnes) {
        Checks.required(curriculum, "curriculum");
        Checks.required(criterion, "criterion");
        Checks.required(caseId, "caseId");
        Checks.list(sessions, "sessions");
        Checks.list(attendance, "attendance");
        Checks.list(oneToOnes, "oneToOnes");
        Map<SessionId, GroupSession> delivered = new HashMap<>();
        for (GroupSession s : sessions) {
            if (s.status() == SessionStatus.DELIVERED) {
                delivered.put(s.id(), s);
            }
        }
        Map<SessionId, Attendance> lines = new HashMap<>();
        for (int i = 0; i < attendance.size(); i++) {
            Attendance a = attendance.get(i);
            String p = "attendance[" + i + "]";
            if (!a.caseId().equals(caseId)) {
                throw new InvalidInputException(p + ".caseId", "same-case", "a register line belongs to another case");
            }
            GroupSession s = delivered.get(a.session());
            if (s == null) {
                throw new InvalidInputException(p + ".session", "delivered-session",
                        "a register line refers to a session that is not among his delivered sessions");
            }
            if (a.credited().compareTo(s.duration()) > 0) {
                throw new InvalidInputException(p + ".credited", "at-most-session-length",
                        "credited time cannot exceed the session's length of " + s.duration().toMinutes() + " minutes");
            }
            if (lines.putIfAbsent(a.session(), a) != null) {
                throw new InvalidInputException(p + ".session", "one-line-per-session",
                        "a session has two register lines for the same man");
            }
        }
        List<GroupSession> ordered = new ArrayList<>(delivered.values());
        ordered.sort(Comparator.comparing(GroupSession::scheduledStart).thenComparingInt(GroupSession::sequence));

        int attended = 0, late = 0, excused = 0, unexcused = 0, run = 0, longest = 0;
        Duration groupTime = Duration.ZERO;
        List<SessionId> missing = new ArrayList<>();
        Set<Integer> attendedNumbers = new HashSet<>();
        Set<Integer> absentNumbers = new HashSet<>();
        for (GroupSession s : ordered) {
            Attendance a = lines.get(s.id());
            if (a == null) {
                missing.add(s.id());
                continue;
            }
            AttendanceStatus st = a.status();
            if (st.attended()) {
                attended++;
                if (st == AttendanceStatus.LATE) {
                    late++;
                }
                groupTime = groupTime.plus(a.credited());
                attendedNumbers.add(s.curriculumSession());
                run = 0;
            } else {
                absentNumbers.add(s.curriculumSession());
                if (st == AttendanceStatus.UNEXCUSED_ABSENCE) {
                    unexcused++;
                    run++;
                    longest = Math.max(longest, run);
                } else {
                    excused++;
                    run = 0;
                }
            }
        }
        TreeSet<Integer> missed = new TreeSet<>(absentNumbers);
        missed.removeAll(attendedNumbers);

        Duration oneToOneTime = Duration.ZERO;
        int oneToOneCount = 0;
        TreeSet<Integer> caughtUp = new TreeSet<>();
        for (int i = 0; i < oneToOnes.size(); i++) {
            OneToOneSession o = oneToOnes.get(i);
            if (!o.caseId().equals(caseId)) {
                throw new InvalidInputException("oneToOnes[" + i + "].caseId", "same-case",
                        "a one-to-one belongs to another case");
            }
            if (!o.status().attended()) {
                continue;
            }
            if (o.kind() == OneToOneKind.KEY_WORK || o.kind() == OneToOneKind.CATCH_UP) {
                oneToOneTime = oneToOneTime.plus(o.credited());
                oneToOneCount++;
            }
            if (o.kind() == OneToOneKind.CATCH_UP) {
                for (int n : o.catchUpSessions()) {
                    if (missed.contains(n)) {
                        caughtUp.add(n);
                    }
                }
            }
        }
        TreeSet<Integer> covered = new TreeSet<>(attendedNumbers);
        covered.addAll(caughtUp);

        CompletionRule rule = curriculum.completion();
        Duration total = groupTime.plus(oneToOneTime);
        List<String> unmet = criterion.unmet(new CompletionCriterion.Facts(covered, total, oneToOneCount));
        return new Progress(delivered.size(), attended, late, excused, unexcused, missing, groupTime, oneToOneTime,
                missed, caughtUp, covered, run, longest, unmet, unexcused > rule.maxUnexcusedAbsences(),
                oneToOneCount);
    }

    /** @return the progress of a man with no sessions yet; the baseline for {@link #warningsSince} */
    public static Progress none() {
        return new Progress(0, 0, 0, 0, 0, List.of(), Duration.ZERO, Duration.ZERO, new TreeSet<>(), new TreeSet<>(),
                new TreeSet<>(), 0, 0, List.of("not-started"), false, 0);
    }

    /**
     * The disengagement warnings raised by the change from {@code previous} to this progress: a run of unexcused
     * absences that has just reached the warning threshold, and unexcused absences that have just gone above the most
     * allowed. Comparing with the previous state means a warning is raised once, when the threshold is crossed, not at
     * every recalculation.
     *
     * @param previous his progress before the latest register (or {@link #none()})
     * @param rule the curriculum's completion rule
     * @param agency the agency
     * @param caseId his case
     * @param at when the change was recorded
     * @return the events, possibly none
     */
    public List<DisengagementWarning> warningsSince(Progress previous, CompletionRule rule, AgencyId agency,
            CaseId caseId, Instant at) {
        Checks.required(previous, "previous");
        Checks.required(rule, "rule");
        List<DisengagementWarning> out = new ArrayList<>();
        int threshold = rule.warnAfterConsecutiveUnexcused();
        if (consecutiveUnexcused >= threshold && previous.consecutiveUnexcused < threshold) {
            out.add(new DisengagementWarning(EventId.random(), agency, caseId,
                    DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, consecutiveUnexcused, threshold, at));
        }
        if (exclusionReviewDue && !previous.exclusionReviewDue) {
            out.add(new DisengagementWarning(EventId.random(), agency, caseId,
                    DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, unexcusedAbsences, rule.maxUnexcusedAbsences(), at));
        }
        return List.copyOf(out);
    }
}
