package org.dvpp.programme.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.storage.spi.Storage;
import org.jspecify.annotations.Nullable;

/**
 * The slow parts of starting, run side by side in the background: opening the storage (database, migrations, keys),
 * loading the instruments and the curricula, and building the validator. {@code build()} starts them before it creates
 * the injector, so that they also overlap with Guice's own start; a Guice host's injector starts them when it first
 * needs one. After a failed start they are abandoned: what they opened is closed, and they cannot be used again.
 */
public final class Prefetch {
    final CompletableFuture<Storage> storage;
    final CompletableFuture<InstrumentRegistry> instruments;
    final CompletableFuture<CurriculumSupport> curricula;
    final CompletableFuture<InputValidator> validator;
    /** Why start-up was abandoned; null while it is not. */
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();

    /** @param s the settings; the work starts at once */
    public Prefetch(Settings s) {
        if (SEQUENTIAL) {
            java.util.concurrent.Executor here = Runnable::run;
            storage = CompletableFuture.supplyAsync(() -> StorageModule.open(s), here);
            instruments = CompletableFuture.supplyAsync(() -> registry(s), here);
            curricula = CompletableFuture.supplyAsync(() -> PluginsModule.loadCurricula(s), here);
            validator = CompletableFuture.supplyAsync(() -> new InputValidator(s.clock()), here);
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(3, r -> {
            Thread t = new Thread(r, "dvpp-start-up");
            t.setDaemon(true);
            return t;
        });
        try {
            storage = CompletableFuture.supplyAsync(() -> StorageModule.open(s), pool);
            instruments = CompletableFuture.supplyAsync(() -> registry(s), pool);
            curricula = CompletableFuture.supplyAsync(() -> PluginsModule.loadCurricula(s), pool);
            validator = CompletableFuture.supplyAsync(() -> new InputValidator(s.clock()), pool);
        } finally {
            pool.shutdown(); // the tasks still run to the end
        }
    }

    /**
     * For the cold-start benchmark only, which measures what running the start-up side by side gains: with the system
     * property {@code dvpp.benchmark.startUp=sequential} the same work runs in turn on the calling thread. Not an
     * option for embedders.
     */
    private static final boolean SEQUENTIAL = "sequential".equals(System.getProperty("dvpp.benchmark.startUp"));

    /**
     * For a build that failed: waits for the background work and closes whatever it opened, so that a failed build
     * leaves no database open. A failure to close is added to {@code cause} as suppressed. Only the first call acts.
     *
     * @param cause why the build failed
     */
    public void abandon(Throwable cause) {
        if (!failure.compareAndSet(null, cause)) {
            return;
        }
        try {
            Storage st = storage.handle((opened, failed) -> opened).join();
            if (st != null) {
                st.close();
            }
        } catch (RuntimeException closing) {
            cause.addSuppressed(closing);
        }
        try {
            InputValidator v = validator.handle((built, failed) -> built).join();
            if (v != null) {
                v.close();
            }
        } catch (RuntimeException closing) {
            cause.addSuppressed(closing);
        }
    }

    /**
     * @throws IllegalStateException if start-up was abandoned after a failure (its storage is closed)
     */
    void checkNotAbandoned() {
        Throwable cause = failure.get();
        if (cause != null) {
            throw new IllegalStateException("DVPP Kit failed to start in this injector and closed what it had opened ("
                    + cause + "); create a new injector", cause);
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
