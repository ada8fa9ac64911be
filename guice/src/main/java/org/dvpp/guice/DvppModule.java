package org.dvpp.guice;

import com.google.inject.AbstractModule;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.DvppBuilder;
import org.dvpp.programme.internal.BuilderAccess;

/**
 * A Guice module that binds {@link Dvpp} (and nothing the host must know about), for hosts that build their own
 * injector. Configure a {@link DvppBuilder} as usual and install this module instead of calling
 * {@link DvppBuilder#build()}:
 *
 * <pre>{@code
 * Injector injector = Guice.createInjector(hostModule,
 *         DvppModule.of(Dvpp.builder().dataSource(ds).keyProvider(keys)));
 * Dvpp dvpp = injector.getInstance(Dvpp.class);
 * }</pre>
 *
 * The storage opens when the injector first needs {@code Dvpp}; close {@code Dvpp} at shutdown.
 */
public final class DvppModule extends AbstractModule {
    private final com.google.inject.Module wiring;

    private DvppModule(com.google.inject.Module wiring) {
        this.wiring = wiring;
    }

    /**
     * @param builder a configured builder; its settings are checked now
     * @return the module to install
     */
    public static DvppModule of(DvppBuilder builder) {
        return new DvppModule(BuilderAccess.module(builder));
    }

    @Override
    protected void configure() {
        install(wiring);
    }
}
