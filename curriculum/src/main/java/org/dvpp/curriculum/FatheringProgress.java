package org.dvpp.curriculum;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a man stands on his curriculum's {@link FatheringComponent}.
 *
 * @param applies whether it applies to him (his recorded parent status says he is a parent); when not, he is not due at
 *     its sessions and nothing else here counts
 * @param sessions the component's curriculum sessions
 * @param covered those of them he attended or caught up
 * @param groupTime the group time credited at its meetings
 * @param unmet what of the component's completion conditions is not yet met, as codes with figures; empty when met
 *     or when it does not apply
 */
@org.dvpp.domain.Classified
public record FatheringProgress(boolean applies, SortedSet<Integer> sessions, SortedSet<Integer> covered,
        Duration groupTime, List<String> unmet) {
    /** Copies the collections. */
    public FatheringProgress {
        sessions = Collections.unmodifiableSortedSet(new TreeSet<>(sessions));
        covered = Collections.unmodifiableSortedSet(new TreeSet<>(covered));
        Objects.requireNonNull(groupTime, "groupTime");
        unmet = List.copyOf(unmet);
    }

    /** @return whether he has met the component's conditions, or they do not apply to him */
    public boolean met() {
        return unmet.isEmpty();
    }
}
