package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.InvalidDefinitionException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Builds the registry the instrument commands use: the built-ins, every plugin found on the module path, the plugin
 * directory's jars and JSON definitions ({@code --plugins}), and an optional agency directory.
 */
final class InstrumentSupport {
    private InstrumentSupport() {
    }

    /**
     * @param spec the command (for the plugin directory)
     * @param directory an agency directory of JSON definitions, or null
     * @param err where a broken definition file is reported (it is skipped, naming the file; every one is reported)
     * @return the registry
     */
    static InstrumentRegistry registry(CommandSpec spec, @Nullable Path directory, PrintWriter err) {
        return builder(DvppCommand.plugins(spec), directory, err, null).build();
    }

    /**
     * @param plugins the plugin directory, if any
     * @param directory an agency directory of JSON definitions, or null
     * @param err where broken definition files are reported
     * @param skip a definition file to leave out (the one being validated), or null
     * @return a builder with everything registered
     */
    static InstrumentRegistry.Builder builder(Optional<PluginDirectory> plugins, @Nullable Path directory,
            PrintWriter err, @Nullable Path skip) {
        InstrumentRegistry.Builder b = InstrumentRegistry.builder().addBuiltIns().discover();
        if (plugins.isPresent()) {
            b.discover(plugins.get().layer());
            for (Path f : plugins.get().instrumentFiles()) {
                if (skip != null && sameFile(f, skip)) {
                    continue;
                }
                try {
                    b.addDefinition(f);
                } catch (InvalidDefinitionException e) {
                    warn(err, e);
                } catch (InstrumentPluginException e) {
                    // an id and version taken by a built-in or another plugin: this file is left out, the rest stay
                    err.println("warning: skipped " + f + ": " + e.getMessage());
                }
            }
        }
        if (directory != null) {
            b.addDirectory(directory, e -> {
                if (skip == null || !e.source().equals(skip.toString())) {
                    warn(err, e);
                }
            });
        }
        return b;
    }

    static void warn(PrintWriter err, InvalidDefinitionException e) {
        err.println("warning: skipped " + e.source() + ": " + String.join("; ", e.violations().stream()
                .map(v -> (v.path().equals("$") ? "" : v.path() + ": ") + v.message() + " [" + v.rule() + "]")
                .toList()));
    }

    private static boolean sameFile(Path a, Path b) {
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
}
