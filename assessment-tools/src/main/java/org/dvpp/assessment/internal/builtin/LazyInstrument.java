package org.dvpp.assessment.internal.builtin;

import java.util.function.Supplier;
import org.dvpp.assessment.Answers;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.ScoreResult;

/**
 * An instrument whose id is known in advance and whose definition is compiled on first use, once, by whichever thread
 * gets there first. A definition that fails to compile fails every use with the same error.
 */
final class LazyInstrument implements Instrument {
    private final String id;
    private final Supplier<Instrument> compile;
    private volatile Instrument compiled;

    LazyInstrument(String id, Supplier<Instrument> compile) {
        this.id = id;
        this.compile = compile;
    }

    /** @return the compiled instrument (compiling it now if this is the first use) */
    Instrument compiled() {
        Instrument i = compiled;
        if (i == null) {
            synchronized (this) {
                i = compiled;
                if (i == null) {
                    i = compile.get();
                    if (!i.descriptor().id().equals(id)) {
                        throw new IllegalStateException("built-in definition '" + id + "' declares the id '"
                                + i.descriptor().id() + "'");
                    }
                    compiled = i;
                }
            }
        }
        return i;
    }

    /** @return whether the definition has been compiled yet */
    boolean isCompiled() {
        return compiled != null;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public InstrumentDescriptor descriptor() {
        return compiled().descriptor();
    }

    @Override
    public ScoreResult score(Answers answers) {
        return compiled().score(answers);
    }

    @Override
    public String toString() {
        return isCompiled() ? compiled.toString() : "Instrument[" + id + ", not compiled yet]";
    }
}
