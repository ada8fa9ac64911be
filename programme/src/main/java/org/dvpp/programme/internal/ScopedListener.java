package org.dvpp.programme.internal;

import org.dvpp.domain.AgencyId;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.events.ProgrammeEvent;

/**
 * A listener that belongs to one organisation of the deployment ({@code DvppBuilder.addListener(organisation,
 * listener)}): it receives that organisation's own events, and another organisation's events only of a case shared
 * with it under an agreement in force, checked when the event is queued and again when it is delivered.
 *
 * @param organisation the organisation it belongs to
 * @param delegate the listener
 */
public record ScopedListener(AgencyId organisation, ProgrammeEventListener delegate) implements ProgrammeEventListener {
    @Override
    public String id() {
        return delegate.id();
    }

    @Override
    public int spiVersion() {
        return delegate.spiVersion();
    }

    @Override
    public void onEvent(ProgrammeEvent event) throws Exception {
        delegate.onEvent(event);
    }
}
