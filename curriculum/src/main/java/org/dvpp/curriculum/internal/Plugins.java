package org.dvpp.curriculum.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.dvpp.curriculum.CurriculumPluginException;

/** Finds and instantiates plugins, reporting every failure with the plugin's class; never skips one silently. */
public final class Plugins {
    private Plugins() {
    }

    /**
     * A plugin not yet instantiated.
     *
     * @param className the implementing class, for messages
     * @param factory makes the instance
     * @param <T> the plugin type
     */
    public record Candidate<T>(String className, Supplier<T> factory) {
    }

    /**
     * @param type the service type; the calling module declares {@code uses} for it
     * @param loader the loader
     * @param <T> the plugin type
     * @return every provider found, not yet instantiated
     * @throws CurriculumPluginException when the service configuration itself is broken
     */
    public static <T> List<Candidate<T>> discover(Class<T> type, ServiceLoader<T> loader) {
        List<Candidate<T>> found = new ArrayList<>();
        try {
            loader.stream().forEach(p -> found.add(new Candidate<>(p.type().getName(), p::get)));
        } catch (ServiceConfigurationError e) {
            throw new CurriculumPluginException("Cannot load a " + type.getSimpleName() + " provider: " + e.getMessage(), e);
        }
        return found;
    }

    /**
     * @param candidate a plugin
     * @param kind what it is, for messages
     * @param <T> the plugin type
     * @return the instance
     * @throws CurriculumPluginException naming the class when its construction fails
     */
    public static <T> T instantiate(Candidate<T> candidate, String kind) {
        try {
            T t = candidate.factory().get();
            if (t == null) {
                throw new CurriculumPluginException(kind + " " + candidate.className() + " produced no instance");
            }
            return t;
        } catch (ServiceConfigurationError | RuntimeException e) {
            if (e instanceof CurriculumPluginException c) {
                throw c;
            }
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new CurriculumPluginException(kind + " " + candidate.className() + " could not be constructed: "
                    + cause.getClass().getSimpleName() + ": " + cause.getMessage(), e);
        }
    }
}
