package org.dvpp.programme.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dvpp.assessment.InstrumentRegistry;

/**
 * Work started in the background as soon as the injector needs storage, so that loading the instruments and building
 * the validator overlap with opening the database and running its migrations.
 */
final class Prefetch {
    final CompletableFuture<InstrumentRegistry> instruments;
    final CompletableFuture<InputValidator> validator;

    Prefetch(Settings s) {
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "dvpp-start-up");
            t.setDaemon(true);
            return t;
        });
        try {
            instruments = CompletableFuture.supplyAsync(() -> registry(s), pool);
            validator = CompletableFuture.supplyAsync(() -> new InputValidator(s.clock()), pool);
        } finally {
            pool.shutdown(); // the two tasks still run to the end
        }
    }

    static <T> T join(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    static InstrumentRegistry registry(Settings s) {
            InstrumentRegistry.Builder b = InstrumentRegistry.builder();
            // the built-ins are themselves a provider on the module path: discovery finds them, otherwise add them
            if (s.discover()) {
                b.discover();
            } else {
                b.addBuiltIns();
            }
            s.instrumentProviders().forEach(b::addProvider);
            s.instruments().forEach(b::add);
            s.instrumentDirectories().forEach(b::addDirectory);
            return b.build();
        }
}
