package org.dvpp.programme.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.dvpp.programme.PluginException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Combines explicitly registered plugins with discovered ones, refusing duplicates and wrong SPI versions. */
final class Plugins {
    private static final Logger LOG = LoggerFactory.getLogger(Plugins.class);

    private Plugins() {
    }

    static <T> List<T> combine(String kind, Class<T> type, List<T> explicit, boolean discover, Function<T, String> id,
            ToIntFunction<T> spiVersion, int expectedVersion) {
        Map<String, T> byId = new LinkedHashMap<>();
        for (T p : explicit) {
            add(kind, byId, p, id, spiVersion, expectedVersion, "registered");
        }
        if (discover) {
            ServiceLoader<T> loader = ServiceLoader.load(type, Plugins.class.getClassLoader());
            for (ServiceLoader.Provider<T> handle : loader.stream().toList()) {
                T p;
                try {
                    p = handle.get();
                } catch (ServiceConfigurationError | RuntimeException e) {
                    throw new PluginException("The " + kind + " " + handle.type().getName() + " could not be created: "
                            + e.getMessage(), e);
                }
                add(kind, byId, p, id, spiVersion, expectedVersion, "discovered");
            }
        }
        return List.copyOf(new ArrayList<>(byId.values()));
    }

    private static <T> void add(String kind, Map<String, T> byId, T p, Function<T, String> id,
            ToIntFunction<T> spiVersion, int expected, String how) {
        String cls = p.getClass().getName();
        String pid;
        try {
            pid = id.apply(p);
        } catch (RuntimeException e) {
            throw new PluginException("The " + kind + " " + cls + " failed to report its id", e);
        }
        if (pid == null || pid.isBlank()) {
            throw new PluginException("The " + kind + " " + cls + " has no id");
        }
        int v = spiVersion.applyAsInt(p);
        if (v != expected) {
            throw new PluginException("The " + kind + " '" + pid + "' (" + cls + ") was built for SPI version " + v
                    + " but this is version " + expected);
        }
        T previous = byId.get(pid);
        if (previous != null) {
            if (previous.getClass() == p.getClass() && "discovered".equals(how)) {
                return; // registered explicitly and also found on the path: the explicit one wins
            }
            throw new PluginException("Two " + kind + "s have the id '" + pid + "': " + previous.getClass().getName()
                    + " and " + cls);
        }
        byId.put(pid, p);
        LOG.debug("{} {} '{}' ({})", how, kind, pid, cls);
    }
}
