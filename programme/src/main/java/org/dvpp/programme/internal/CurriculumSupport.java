package org.dvpp.programme.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.Progress;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.casework.Case;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.OneToOnePlace;
import org.dvpp.storage.spi.Transaction;

/**
 * The curricula and holiday calendar in force, and a man's progress computed from his records.
 *
 * @param catalogue the curricula
 * @param calendar the holiday calendar sessions skip
 */
public record CurriculumSupport(CurriculumCatalogue catalogue, HolidayCalendar calendar) {

    /** His current (latest) allocation, if he ever had a place. */
    static Optional<Allocation> allocationOf(Transaction tx, Case c) {
        return tx.allocations().forCase(c.id()).stream().max(Comparator.comparing(Allocation::allocatedOn));
    }

    /**
     * Where a man stands in his group: the group, its curriculum (with the completion rule) and his progress.
     *
     * @param group his group
     * @param curriculum the curriculum it follows
     * @param progress his progress
     */
    record Standing(Optional<Group> group, Curriculum curriculum, Progress progress,
            org.dvpp.curriculum.OneToOneCadence cadence, Optional<LocalDate> from, Optional<LocalDate> until,
            List<org.dvpp.domain.group.OneToOneSession> oneToOnes) {
    }

    /** His current one-to-one-only pathway place, if he has one more recent than any group place. */
    static Optional<OneToOnePlace> oneToOnePlaceOf(Transaction tx, Case c) {
        Optional<OneToOnePlace> place = tx.oneToOnePlaces().forCase(c.id()).stream()
                .max(Comparator.comparing(OneToOnePlace::startedOn));
        Optional<Allocation> allocation = allocationOf(tx, c);
        if (place.isPresent() && allocation.isPresent()
                && allocation.get().allocatedOn().isAfter(place.get().startedOn())) {
            return Optional.empty();
        }
        return place;
    }

    /**
     * The one-to-ones he is expected to have: one per period of his cadence, from the start of his pathway (his first
     * group meeting, or the day his one-to-one pathway started) to its end (his last group meeting; for a one-to-one
     * pathway, today, for at most twice the curriculum's sessions).
     */
    List<org.dvpp.programme.Pathways.ExpectedOneToOne> expected(Standing st, LocalDate today) {
        var cadence = st.cadence();
        if (!cadence.planned() || st.from().isEmpty()) {
            return List.of();
        }
        LocalDate from = st.from().get();
        LocalDate end = st.until().orElse(today);
        int most = 2 * st.curriculum().sessionCount();
        List<org.dvpp.programme.Pathways.ExpectedOneToOne> out = new java.util.ArrayList<>();
        for (int n = 0; n < most; n++) {
            LocalDate start = from.plusWeeks((long) n * cadence.everyWeeks());
            if (start.isAfter(end) || start.isAfter(today)) {
                break;
            }
            LocalDate last = start.plusWeeks(cadence.everyWeeks()).minusDays(1);
            boolean held = st.oneToOnes().stream().anyMatch(o -> o.status().attended()
                    && (o.kind() == org.dvpp.domain.group.OneToOneKind.KEY_WORK
                            || o.kind() == org.dvpp.domain.group.OneToOneKind.CATCH_UP)
                    && !o.date().isBefore(start) && !o.date().isAfter(last));
            var state = held ? org.dvpp.programme.Pathways.ExpectedOneToOne.State.HELD
                    : last.isBefore(today) ? org.dvpp.programme.Pathways.ExpectedOneToOne.State.MISSED
                    : org.dvpp.programme.Pathways.ExpectedOneToOne.State.DUE;
            out.add(new org.dvpp.programme.Pathways.ExpectedOneToOne(n + 1, start, last, state));
        }
        return List.copyOf(out);
    }

    /**
     * @param tx the transaction
     * @param c a case that has a place
     * @return his standing, counting only the meetings of his own pass through the curriculum (see {@link #pass})
     */
    Optional<Standing> standingOf(Transaction tx, Case c) {
        Optional<OneToOnePlace> place = oneToOnePlaceOf(tx, c);
        if (place.isPresent()) {
            Curriculum curriculum = catalogue.get(place.get().curriculumId());
            var oneToOnes = tx.oneToOnes().listForCase(c.id());
            var pathway = curriculum.oneToOnePathway().orElseThrow();
            return Optional.of(new Standing(Optional.empty(), curriculum,
                    Progress.ofOneToOnePathway(curriculum, c.id(), oneToOnes), pathway.cadence(),
                    Optional.of(place.get().startedOn()), Optional.empty(), oneToOnes));
        }
        Optional<Allocation> allocation = allocationOf(tx, c);
        if (allocation.isEmpty()) {
            return Optional.empty();
        }
        Allocation a = allocation.get();
        Group g = tx.groups().get(a.group());
        Curriculum curriculum = catalogue.get(g.curriculumId());
        var lines = tx.groupSessions().attendanceForCase(c.id());
        Set<SessionId> withLines = lines.stream().map(org.dvpp.domain.group.Attendance::session)
                .collect(Collectors.toSet());
        List<GroupSession> sessions = pass(tx.groupSessions().listForGroup(g.id()), a, curriculum, withLines);
        Set<SessionId> his = sessions.stream().map(GroupSession::id).collect(Collectors.toSet());
        var attendance = lines.stream().filter(line -> his.contains(line.session())).toList();
        var oneToOnes = tx.oneToOnes().listForCase(c.id());
        // his family records are read only when the curriculum has a fathering component
        boolean parent = !curriculum.fatheringSessions().isEmpty() && isParent(tx, c.id());
        Progress progress = Progress.of(curriculum, c.id(), sessions, attendance, oneToOnes, parent);
        sessions = dueOnly(sessions, curriculum, parent);
        Optional<LocalDate> from = sessions.isEmpty() ? Optional.empty()
                : Optional.of(sessions.get(0).scheduledStart().toLocalDate());
        Optional<LocalDate> until = sessions.isEmpty() ? Optional.empty()
                : Optional.of(sessions.get(sessions.size() - 1).scheduledStart().toLocalDate());
        return Optional.of(new Standing(Optional.of(g), curriculum, progress, curriculum.oneToOne(), from, until,
                oneToOnes));
    }

    /**
     * Whether his recorded parent status says he is a parent: the latest family record (by its date, then the later
     * written) decides; a man with none is not taken to be one.
     *
     * @param tx the transaction
     * @param caseId his case
     * @return whether the fathering component is delivered to him
     */
    static boolean isParent(Transaction tx, org.dvpp.domain.CaseId caseId) {
        org.dvpp.domain.casework.FamilyCircumstances latest = null;
        for (var f : CaseDocuments.FAMILY.list(tx, caseId)) {
            if (latest == null || !f.on().isBefore(latest.on())) {
                latest = f;
            }
        }
        return latest != null && latest.parentStatus().map(org.dvpp.domain.casework.ParentStatus::isParent)
                .orElse(false);
    }

    /**
     * @param pass a man's pass
     * @param curriculum its curriculum
     * @param parent whether he is a parent
     * @return the meetings of it he is due at: all of them, less the fathering component's for a man who is not a
     *     parent
     */
    static List<GroupSession> dueOnly(List<GroupSession> pass, Curriculum curriculum, boolean parent) {
        if (parent || curriculum.fatheringSessions().isEmpty()) {
            return pass;
        }
        return pass.stream().filter(s -> !curriculum.fatheringSessions().contains(s.curriculumSession())).toList();
    }

    /**
     * A man's own pass through his group's curriculum: from his entry meeting (the first meeting on or after the day
     * he got his place that delivers his entry session) on, in order, until every curriculum session has had a meeting
     * that was not cancelled. In a closed cohort that is the whole schedule; in a rolling group it wraps round from his
     * module. A place that has ended stops at the last meeting he has a register line for.
     *
     * @param groupSessions the group's meetings, any order
     * @param a his place
     * @param curriculum the group's curriculum
     * @param withLines the meetings he has a register line for
     * @return his meetings, in order; empty when his entry meeting is not in the schedule
     */
    static List<GroupSession> pass(List<GroupSession> groupSessions, Allocation a, Curriculum curriculum,
            Set<SessionId> withLines) {
        List<GroupSession> ordered = groupSessions.stream().sorted(Comparator.comparingInt(GroupSession::sequence))
                .toList();
        int start = -1;
        for (int i = 0; i < ordered.size(); i++) {
            GroupSession s = ordered.get(i);
            if (s.curriculumSession() == a.entrySession()
                    && !s.scheduledStart().toLocalDate().isBefore(a.allocatedOn())) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return List.of();
        }
        List<GroupSession> out = new java.util.ArrayList<>();
        Set<Integer> numbers = new java.util.HashSet<>();
        for (int i = start; i < ordered.size() && numbers.size() < curriculum.sessionCount(); i++) {
            GroupSession s = ordered.get(i);
            out.add(s);
            if (s.status() != org.dvpp.domain.group.SessionStatus.CANCELLED) {
                numbers.add(s.curriculumSession());
            }
        }
        if (a.status() == org.dvpp.domain.group.AllocationStatus.ENDED) {
            int last = -1;
            for (int i = 0; i < out.size(); i++) {
                if (withLines.contains(out.get(i).id())) {
                    last = i;
                }
            }
            return List.copyOf(out.subList(0, last + 1));
        }
        return List.copyOf(out);
    }

    /**
     * @param pass a man's pass, from {@link #pass}
     * @param curriculum the curriculum
     * @return whether the schedule holds all of it (a rolling group's schedule is finite)
     */
    static boolean complete(List<GroupSession> pass, Curriculum curriculum) {
        return pass.stream().filter(s -> s.status() != org.dvpp.domain.group.SessionStatus.CANCELLED)
                .map(GroupSession::curriculumSession).distinct().count() == curriculum.sessionCount();
    }

    /**
     * @param tx the transaction
     * @param c a case that has a place
     * @return his progress, counting the sessions of his group from the day he got his place
     */
    Optional<Progress> progressOf(Transaction tx, Case c) {
        return standingOf(tx, c).map(Standing::progress);
    }
}
