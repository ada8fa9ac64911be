package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;

/**
 * Binds the SDK, one module per feature: start-up work, storage, plugins, event delivery and the use cases.
 * {@code configure()} methods only declare bindings; storage is opened, and plugins are discovered, by provider methods
 * when the injector first needs them (at {@code build()}), never while modules are configured.
 */
public final class WiringModule extends AbstractModule {
    private final Settings settings;

    /** @param settings what the builder collected */
    public WiringModule(Settings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(Settings.class).toInstance(settings);
        install(new StartupModule());
        install(new StorageModule());
        install(new PluginsModule());
        install(new EventsModule());
        install(new UseCasesModule());
    }
}
