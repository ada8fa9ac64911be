package org.dvpp.programme;

import org.dvpp.programme.events.ProgrammeEvent;

/**
 * Receives programme events from the outbox: sync to a CRM, notify the partner-support worker, send an email. A
 * listener that throws is retried later with backoff; it never blocks or undoes the use case that produced the event.
 * Delivery is at least once and in order per stream; de-duplicate on {@link ProgrammeEvent#id()}. Each listener has
 * its own delivery state: one that fails never holds back another. Events are typed ({@code switch} over the sealed
 * {@link ProgrammeEvent}).
 */
public interface ProgrammeEventListener {
    /** The version of this SPI. */
    int SPI_VERSION = 2;

    /** @return a stable id, such as {@code partner-support-notifier} */
    String id();

    /** @return the SPI version it was built for */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /**
     * @param event the event
     * @throws Exception to have it delivered again later
     */
    void onEvent(ProgrammeEvent event) throws Exception;
}
