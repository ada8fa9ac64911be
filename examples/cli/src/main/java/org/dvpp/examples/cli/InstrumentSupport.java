package org.dvpp.examples.cli;

import java.nio.file.Path;
import org.dvpp.assessment.InstrumentRegistry;
import org.jspecify.annotations.Nullable;

/** Builds the registry the instrument commands use: every discovered plugin plus an optional agency directory. */
final class InstrumentSupport {
    private InstrumentSupport() {
    }

    /**
     * @param directory an agency directory of JSON definitions, or null
     * @param err where a broken definition file is reported (it is skipped, naming the file)
     * @return built-ins and plugins found on the module path / class path, plus the directory's definitions
     */
    static InstrumentRegistry registry(@Nullable Path directory, java.io.PrintWriter err) {
        InstrumentRegistry.Builder b = InstrumentRegistry.builder().addBuiltIns().discover();
        if (directory != null) {
            b.addDirectory(directory, e -> err.println("warning: skipped " + e.source() + ": " + String.join("; ",
                    e.violations().stream().map(v -> (v.path().equals("$") ? "" : v.path() + ": ") + v.message()
                            + " [" + v.rule() + "]").toList())));
        }
        return b.build();
    }
}
