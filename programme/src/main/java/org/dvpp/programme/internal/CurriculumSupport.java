package org.dvpp.programme.internal;

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
    record Standing(Group group, Curriculum curriculum, Progress progress) {
    }

    /**
     * @param tx the transaction
     * @param c a case that has a place
     * @return his standing, counting the sessions of his group from the day he got his place
     */
    Optional<Standing> standingOf(Transaction tx, Case c) {
        Optional<Allocation> allocation = allocationOf(tx, c);
        if (allocation.isEmpty()) {
            return Optional.empty();
        }
        Allocation a = allocation.get();
        Group g = tx.groups().get(a.group());
        Curriculum curriculum = catalogue.get(g.curriculumId());
        List<GroupSession> sessions = tx.groupSessions().listForGroup(g.id()).stream()
                .filter(s -> !s.scheduledStart().toLocalDate().isBefore(a.allocatedOn()))
                .toList();
        Set<SessionId> his = sessions.stream().map(GroupSession::id).collect(Collectors.toSet());
        var attendance = tx.groupSessions().attendanceForCase(c.id()).stream()
                .filter(line -> his.contains(line.session()))
                .toList();
        Progress progress = Progress.of(curriculum, c.id(), sessions, attendance, tx.oneToOnes().listForCase(c.id()));
        return Optional.of(new Standing(g, curriculum, progress));
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
