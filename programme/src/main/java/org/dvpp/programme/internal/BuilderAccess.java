package org.dvpp.programme.internal;

import java.util.Objects;
import java.util.function.Function;
import org.dvpp.programme.DvppBuilder;

/**
 * How the optional Guice integration module reaches a builder's settings without the public API naming Guice: the
 * builder installs its reader here when its class loads. Exported only to {@code org.dvpp.guice}.
 */
public final class BuilderAccess {
    private static volatile Function<DvppBuilder, Settings> reader;

    private BuilderAccess() {
    }

    /** @param settingsReader reads a builder's checked settings */
    public static void install(Function<DvppBuilder, Settings> settingsReader) {
        reader = settingsReader;
    }

    /**
     * @param builder a builder (whose class is therefore loaded, and its reader installed)
     * @return the Guice module that binds the SDK from its settings
     */
    public static com.google.inject.Module module(DvppBuilder builder) {
        Objects.requireNonNull(builder, "builder");
        return new WiringModule(reader.apply(builder));
    }
}
