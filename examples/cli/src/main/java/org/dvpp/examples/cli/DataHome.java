package org.dvpp.examples.cli;

import java.nio.file.Path;

/** Where the command keeps its embedded database: {@code $DVPP_HOME}, or {@code ~/.dvpp}. */
final class DataHome {
    private DataHome() {
    }

    static Path directory() {
        String env = System.getenv("DVPP_HOME");
        if (env != null && !env.isBlank()) {
            return Path.of(env).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".dvpp").toAbsolutePath();
    }
}
