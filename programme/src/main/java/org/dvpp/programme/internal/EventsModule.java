package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.dvpp.plugin.PluginLoader;
import org.dvpp.programme.ProgrammeEventListener;

/**
 * Event delivery: the listeners (explicit and discovered) and the dispatcher.
 */
final class EventsModule extends AbstractModule {
    @Provides
    @Singleton
    ListenerSet listeners(Settings s) {
        PluginLoader<ProgrammeEventListener> loader = PluginLoader.of(ProgrammeEventListener.KIND)
                .addAll(s.listeners());
        return new ListenerSet((s.discover() ? loader.discover() : loader).plugins());
    }

    @Provides
    @Singleton
    EventsImpl events(Settings s, Kernel k, ListenerSet listeners) {
        EventsImpl events = new EventsImpl(k.storage, k.codec, listeners.listeners(), s.retryBase(), s.retryMax(),
                k::mayDeliver);
        s.backgroundDispatch().ifPresent(events::startBackground);
        return events;
    }
}
