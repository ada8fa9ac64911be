package org.dvpp.storage.spi;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.group.Group;

/**
 * Groups.
 *
 * @since 0.1
 */
public interface GroupRepository {
    /** @param group a new group */
    void insert(Group group);

    /**
     * @param id the id
     * @return the group, if in this agency
     */
    Optional<Group> find(GroupId id);

    /**
     * @param id the id
     * @return the group
     * @throws org.dvpp.domain.NotFoundException if absent
     */
    Group get(GroupId id);

    /**
     * @param group the new state, carrying the version it was read with; its capacity may not fall below the number
     *     of active allocations
     * @return the stored group with its new version
     * @throws OptimisticLockException if it changed meanwhile
     */
    Group update(Group group);

    /** @return every group of the agency, by start date */
    List<Group> list();
}
