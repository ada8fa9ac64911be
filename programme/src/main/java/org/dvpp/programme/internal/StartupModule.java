package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;

/**
 * Starts the background start-up work (instruments, validator) as soon as the injector needs it.
 */
final class StartupModule extends AbstractModule {
    @Provides
    @Singleton
    Prefetch prefetch(Settings s) {
        return new Prefetch(s);
    }
}
