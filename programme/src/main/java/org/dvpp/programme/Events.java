package org.dvpp.programme;

/**
 * Delivery of outbox events to the {@link ProgrammeEventListener}s. The host either calls {@link #dispatchPending()}
 * (from its own scheduler, or in tests) or asks the builder for a background dispatcher.
 */
public interface Events {

    /**
     * Delivers what is due now: each listener gets each event at least once, in order per stream. A listener that throws
     * is retried later with exponential backoff; later events of the same stream wait for it.
     *
     * @return how many events were delivered to every listener in this pass
     */
    int dispatchPending();
}
