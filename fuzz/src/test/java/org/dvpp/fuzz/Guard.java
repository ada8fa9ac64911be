package org.dvpp.fuzz;

import java.lang.management.ManagementFactory;
import org.dvpp.domain.DvppException;

/**
 * What every fuzz target asserts about one input: it either succeeds or fails with one of the SDK's own typed errors
 * (a {@link DvppException} with a message), and it allocates less than {@link #MAX_ALLOCATED_BYTES}. Anything else (a
 * {@code NullPointerException}, an {@code IllegalStateException}, a {@code StackOverflowError}, an
 * {@code OutOfMemoryError}, an untranslated Jackson exception) escapes to Jazzer, which reports it as a finding and
 * saves the input. Time per input is bounded by the {@code @Timeout} on each target: JUnit enforces it per stored input
 * in regression mode, and Jazzer passes it to libFuzzer as {@code -timeout} when fuzzing.
 */
final class Guard {
    /**
     * Most bytes one input may allocate on the thread that handles it (garbage included): inputs are capped at 64 KiB,
     * so this is a factor of a thousand over the input, far above what any honest parse needs and far below the heap.
     */
    static final long MAX_ALLOCATED_BYTES = 64L * 1024 * 1024;

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** {@code -Dfuzz.verbose=true} prints every refusal, to see how far a stored input gets. */
    private static final boolean VERBOSE = Boolean.getBoolean("fuzz.verbose");

    private Guard() {
    }

    /** The work one input does. */
    @FunctionalInterface
    interface Work {
        void run();
    }

    /**
     * Runs the work and checks the outcome.
     *
     * @param work the parse (and what follows it) of one input
     * @return the typed error, if the input was refused; null if it was accepted
     */
    static DvppException typedOnly(Work work) {
        long before = allocated();
        DvppException refused = once(work);
        long used = allocated() - before;
        if (before >= 0 && used > MAX_ALLOCATED_BYTES) {
            // the first run of a path also loads (and, when fuzzing, instruments) classes on this thread, which counts
            // as allocation; the parsers are deterministic, so a second run measures the input alone
            before = allocated();
            once(work);
            used = allocated() - before;
            if (used > MAX_ALLOCATED_BYTES) {
                throw new AssertionError("one input allocated " + used + " bytes; the bound is " + MAX_ALLOCATED_BYTES);
            }
        }
        return refused;
    }

    private static DvppException once(Work work) {
        try {
            work.run();
            return null;
        } catch (DvppException e) {
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                throw new AssertionError("a typed error without a message: " + e.getClass().getName(), e);
            }
            if (VERBOSE) {
                System.err.println("refused: " + e);
            }
            return e;
        }
    }

    private static long allocated() {
        return THREADS.isThreadAllocatedMemoryEnabled() ? THREADS.getCurrentThreadAllocatedBytes() : -1;
    }
}
