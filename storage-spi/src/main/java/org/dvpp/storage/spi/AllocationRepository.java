package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.group.Allocation;
import org.dvpp.domain.group.WaitingListEntry;

/**
 * Allocations of cases to groups, and waiting lists. Allocation is capacity-safe: however many transactions allocate
 * to the same group at once, the active allocations never exceed the group's capacity.
 *
 * @since 0.1
 */
public interface AllocationRepository {

    /** The result of {@link #allocate(Allocation)}. */
    enum Outcome {
        /** The case took a place. */
        ALLOCATED,
        /** The group was full; nothing was written. */
        GROUP_FULL,
        /** The case already holds an active place in this group; nothing was written. */
        ALREADY_ALLOCATED
    }

    /**
     * Takes a place in the group if one is free.
     *
     * @param allocation an {@code ACTIVE} allocation
     * @return what happened
     * @throws org.dvpp.domain.NotFoundException if the group does not exist in this agency
     */
    Outcome allocate(Allocation allocation);

    /**
     * Ends an active allocation and frees its place.
     *
     * @param group the group
     * @param caseId the case
     * @return whether an active allocation was ended
     */
    boolean end(GroupId group, CaseId caseId);

    /**
     * @param group the group
     * @param caseId the case
     * @return the allocation, if any
     */
    Optional<Allocation> find(GroupId group, CaseId caseId);

    /**
     * @param group the group
     * @return its active allocations
     */
    List<Allocation> activeInGroup(GroupId group);

    /**
     * @param group the group
     * @return every allocation of the group, active or ended
     * @since 0.2
     */
    List<Allocation> allInGroup(GroupId group);

    /**
     * @param caseId the case
     * @return every allocation of the case
     */
    List<Allocation> forCase(CaseId caseId);

    /**
     * @param entry a case waiting for a place in a group
     * @throws DuplicateRecordException if the case already waits for that group
     */
    void addToWaitingList(WaitingListEntry entry);

    /**
     * @param group the group
     * @param caseId the case
     * @return whether it was on the list
     */
    boolean removeFromWaitingList(GroupId group, CaseId caseId);

    /**
     * @param group the group
     * @return its waiting list, longest waiting first
     */
    List<WaitingListEntry> waitingList(GroupId group);

    /**
     * @param caseId the case
     * @return every waiting list the case is on, longest waiting first
     */
    List<WaitingListEntry> waitingListsOf(CaseId caseId);
}
