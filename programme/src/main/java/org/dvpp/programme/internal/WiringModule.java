package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import org.jspecify.annotations.Nullable;

/**
 * Binds the SDK, one module per feature: start-up work, storage, plugins, event delivery and the use cases.
 * {@code configure()} methods only declare bindings; storage is opened, and plugins are discovered, by provider methods
 * when the injector first needs them (at {@code build()}), never while modules are configured.
 */
public final class WiringModule extends AbstractModule {
    private final Settings settings;
    private final @Nullable Prefetch started;

    /** @param settings what the builder collected; the start-up work begins when the injector first needs it */
    public WiringModule(Settings settings) {
        this(settings, null);
    }

    /**
     * @param settings what the builder collected
     * @param started start-up work already under way
     */
    public WiringModule(Settings settings, @Nullable Prefetch started) {
        this.settings = settings;
        this.started = started;
    }

    @Override
    protected void configure() {
        bind(Settings.class).toInstance(settings);
        if (started != null) {
            bind(Prefetch.class).toInstance(started);
        } else {
            install(new StartupModule());
        }
        install(new StorageModule());
        install(new PluginsModule());
        install(new EventsModule());
        install(new UseCasesModule());
    }
}
