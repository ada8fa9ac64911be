package org.dvpp.programme.internal;

import java.util.List;
import org.dvpp.programme.ProgrammeEventListener;

/**
 * The event listeners in force (explicit and discovered), in order. Each gets its own copy of every event in the outbox,
 * with its own delivery state, so one failing listener never holds back another.
 *
 * @param listeners the listeners
 */
record ListenerSet(List<ProgrammeEventListener> listeners) {
    ListenerSet {
        listeners = List.copyOf(listeners);
    }

    List<String> ids() {
        return listeners.stream().map(ProgrammeEventListener::id).toList();
    }

    /** @return the organisation of each listener that belongs to one, by listener id */
    java.util.Map<String, org.dvpp.domain.AgencyId> scopes() {
        java.util.Map<String, org.dvpp.domain.AgencyId> out = new java.util.HashMap<>();
        for (ProgrammeEventListener l : listeners) {
            if (l instanceof ScopedListener s) {
                out.put(s.id(), s.organisation());
            }
        }
        return java.util.Map.copyOf(out);
    }
}
