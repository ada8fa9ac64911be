package org.dvpp.programme;

import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;
import org.dvpp.programme.events.ProgrammeEvent;

/**
 * Receives programme events from the outbox: sync to a CRM, notify the partner-support worker, send an email. A
 * listener that throws is retried later with backoff; it never blocks or undoes the use case that produced the event.
 * Delivery is at least once and in order per stream; de-duplicate on {@link ProgrammeEvent#id()}. Each listener has
 * its own delivery state: one that fails never holds back another. Events are typed ({@code switch} over the sealed
 * {@link ProgrammeEvent}).
 */
public interface ProgrammeEventListener extends Plugin {
    /** The version of this SPI. */
    int SPI_VERSION = 2;

    /** This kind of plugin, for {@link org.dvpp.plugin.PluginLoader}. */
    PluginKind<ProgrammeEventListener> KIND = PluginKind.of("event listener", ProgrammeEventListener.class,
            SPI_VERSION, (m, c) -> c == null ? new PluginException(m) : new PluginException(m, c));

    /** @return a stable id, such as {@code partner-support-notifier} */
    @Override
    String id();

    /** @return the SPI version it was built for: implement as {@code return SPI_VERSION;} */
    @Override
    int spiVersion();

    /**
     * @param event the event
     * @throws Exception to have it delivered again later
     */
    void onEvent(ProgrammeEvent event) throws Exception;
}
