package org.dvpp.curriculum;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One condition of a completion rule, or an all/any combination of conditions, as a curriculum declares it. In JSON
 * each node is an object with exactly one property: {@code {"minSessions": 10}}, {@code {"minHours": 30}},
 * {@code {"requiredSessions": [1, 12]}}, {@code {"minOneToOnes": 12}}, {@code {"all": [ ... ]}} or
 * {@code {"any": [ ... ]}}; so "10 sessions or 30 hours, and always sessions 1 and 12" is
 * {@code {"all": [{"any": [{"minSessions": 10}, {"minHours": 30}]}, {"requiredSessions": [1, 12]}]}}.
 */
public sealed interface CompletionCriterion {

    /**
     * What a man has done, as the criteria see it.
     *
     * @param covered curriculum sessions attended or caught up
     * @param totalTime group and one-to-one intervention time credited
     * @param oneToOnes attended key-work and catch-up one-to-ones
     */
    @org.dvpp.domain.Classified
    record Facts(Set<Integer> covered, Duration totalTime, int oneToOnes) {
        /** Copies the set. */
        public Facts {
            covered = Set.copyOf(covered);
            Objects.requireNonNull(totalTime, "totalTime");
        }
    }

    /**
     * @param facts what he has done
     * @return what is unmet, as codes with figures; empty when met
     */
    List<String> unmet(Facts facts);

    /** @return whether the criterion is met */
    default boolean met(Facts facts) {
        return unmet(facts).isEmpty();
    }

    /**
     * At least this many curriculum sessions covered (attended, or missed and caught up).
     *
     * @param sessions the fewest sessions
     */
    @org.dvpp.domain.Classified
    record MinSessions(int sessions) implements CompletionCriterion {
        @Override
        public List<String> unmet(Facts f) {
            return f.covered().size() >= sessions ? List.of()
                    : List.of("min-sessions: " + f.covered().size() + " of " + sessions + " sessions covered");
        }
    }

    /**
     * At least this many hours of intervention, group and one-to-one together.
     *
     * @param hours the fewest hours
     */
    @org.dvpp.domain.Classified
    record MinHours(int hours) implements CompletionCriterion {
        @Override
        public List<String> unmet(Facts f) {
            return f.totalTime().compareTo(Duration.ofHours(hours)) >= 0 ? List.of()
                    : List.of("min-hours: " + hours(f.totalTime()) + " of " + hours + " hours");
        }

        private static String hours(Duration d) {
            long m = d.toMinutes();
            return m % 60 == 0 ? Long.toString(m / 60) : String.format(java.util.Locale.ROOT, "%.2f", m / 60.0);
        }
    }

    /**
     * Every one of these curriculum sessions covered.
     *
     * @param sessions session numbers
     */
    @org.dvpp.domain.Classified
    record RequiredSessions(SortedSet<Integer> sessions) implements CompletionCriterion {
        /** Copies the set, sorted. */
        public RequiredSessions {
            sessions = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(sessions));
        }

        @Override
        public List<String> unmet(Facts f) {
            TreeSet<Integer> left = new TreeSet<>(sessions);
            left.removeAll(f.covered());
            return left.isEmpty() ? List.of() : List.of("required-sessions: not yet attended or caught up " + left);
        }
    }

    /**
     * At least this many attended key-work or catch-up one-to-ones.
     *
     * @param count the fewest one-to-ones
     */
    @org.dvpp.domain.Classified
    record MinOneToOnes(int count) implements CompletionCriterion {
        @Override
        public List<String> unmet(Facts f) {
            return f.oneToOnes() >= count ? List.of()
                    : List.of("min-one-to-ones: " + f.oneToOnes() + " of " + count + " one-to-ones attended");
        }
    }

    /**
     * Every part met.
     *
     * @param parts the conditions, at least one
     */
    @org.dvpp.domain.Classified
    record AllOf(List<CompletionCriterion> parts) implements CompletionCriterion {
        /** No conditions: always met. */
        public static final AllOf NONE = new AllOf(List.of());

        /** Copies the list. */
        public AllOf {
            parts = List.copyOf(parts);
        }

        @Override
        public List<String> unmet(Facts f) {
            List<String> out = new ArrayList<>();
            for (CompletionCriterion p : parts) {
                out.addAll(p.unmet(f));
            }
            return List.copyOf(out);
        }
    }

    /**
     * At least one part met.
     *
     * @param parts the alternatives, at least one
     */
    @org.dvpp.domain.Classified
    record AnyOf(List<CompletionCriterion> parts) implements CompletionCriterion {
        /** Copies the list. */
        public AnyOf {
            parts = List.copyOf(parts);
        }

        @Override
        public List<String> unmet(Facts f) {
            List<String> alternatives = new ArrayList<>();
            for (CompletionCriterion p : parts) {
                List<String> u = p.unmet(f);
                if (u.isEmpty()) {
                    return List.of();
                }
                alternatives.add(String.join(" and ", u));
            }
            return List.of("any-of: none met (" + String.join(" | ", alternatives) + ")");
        }
    }
}
