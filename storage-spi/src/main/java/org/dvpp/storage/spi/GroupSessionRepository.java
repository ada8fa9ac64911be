package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.GroupSession;

/**
 * Group sessions and their attendance registers.
 *
 * @since 0.1
 */
public interface GroupSessionRepository {
    /** @param session a new session */
    void insert(GroupSession session);

    /**
     * @param id the id
     * @return the session, if in this agency
     */
    Optional<GroupSession> find(SessionId id);

    /**
     * @param id the id
     * @return the session with its version
     */
    Optional<Versioned<GroupSession>> findVersioned(SessionId id);

    /**
     * @param session the new state
     * @param expectedVersion the version it was read with
     * @return the new version
     * @throws OptimisticLockException if it changed meanwhile
     */
    long update(GroupSession session, long expectedVersion);

    /**
     * @param group the group
     * @return its sessions by sequence
     */
    List<GroupSession> listForGroup(GroupId group);

    /**
     * Records or replaces one man's attendance at a session.
     *
     * @param attendance the attendance
     */
    void recordAttendance(Attendance attendance);

    /**
     * @param session the session
     * @return its register
     */
    List<Attendance> register(SessionId session);

    /**
     * @param caseId the case
     * @return his attendance at every session
     */
    List<Attendance> attendanceForCase(CaseId caseId);
}
