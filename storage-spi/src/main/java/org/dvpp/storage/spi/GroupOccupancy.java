package org.dvpp.storage.spi;

import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.group.GroupStatus;

/**
 * How full a group is.
 *
 * @param group the group
 * @param name its name
 * @param status its status
 * @param capacity its places
 * @param active active allocations
 * @param waiting cases on its waiting list
 * @since 0.1
 */
@Classified
public record GroupOccupancy(GroupId group, String name, GroupStatus status, int capacity, long active,
        long waiting) {
    /** Checks the input. */
    public GroupOccupancy {
        Checks.required(group, "group");
        Checks.required(name, "name");
        Checks.required(status, "status");
    }

    /** @return free places */
    public long free() {
        return Math.max(0, capacity - active);
    }
}
