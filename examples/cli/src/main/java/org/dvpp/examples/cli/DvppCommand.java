package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.InvalidInputException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The top-level {@code dvpp} command. Subcommands do the work; on its own it prints its usage. */
@Command(
        name = "dvpp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "DVPP Kit: tools for domestic violence perpetrator programmes.",
            "Survivor safety comes first: this tool never prints a partner's or child's details."
        },
        subcommands = {DemoCommand.class, ConsoleCommand.class, ReportCommand.class, ExportCommand.class,
            DoctorCommand.class, CurriculumCommand.class, InstrumentsCommand.class, ScoreCommand.class,
            PluginsCommand.class, CommandLine.HelpCommand.class})
public final class DvppCommand implements Runnable {


    @Spec
    CommandSpec spec;

    @Option(names = "--plugins", paramLabel = "DIR", defaultValue = "${env:DVPP_PLUGINS}",
            description = {"A directory of plugin jars and JSON definitions (instruments and curricula) to use as well "
                + "as the built-ins; default: the DVPP_PLUGINS environment variable.", "See: dvpp plugins"})
    @Nullable Path pluginsOption;

    private @Nullable PluginDirectory pluginDirectory;

    /**
     * @param spec any command's spec
     * @return the plugin directory of this run ({@code --plugins} or {@code DVPP_PLUGINS}), loaded once
     */
    static Optional<PluginDirectory> plugins(CommandSpec spec) {
        Object root = spec.root().userObject();
        return root instanceof DvppCommand d ? d.pluginDirectory() : Optional.empty();
    }

    private Optional<PluginDirectory> pluginDirectory() {
        if (pluginsOption == null || pluginsOption.toString().isBlank()) {
            return Optional.empty();
        }
        if (pluginDirectory == null) {
            pluginDirectory = PluginDirectory.open(pluginsOption);
        }
        return Optional.of(pluginDirectory);
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        spec.commandLine().usage(out);
    }

    /**
     * Runs the command line and returns its exit code: 0 on success, 2 for invalid input (options, arguments, answers,
     * definition files, unknown ids), 1 for other failures (a plugin that cannot be used, storage, anything else).
     *
     * @param args the arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /**
     * Runs the command line in-process with its output and errors going to the given writers (for embedding the
     * command, and for tests that check what it prints).
     *
     * @param out where the command's output goes
     * @param err where its error messages go
     * @param args the arguments
     * @return the exit code, as {@link #execute(String...)}
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    /**
     * @return the command line, with the exit codes of SDK errors: 2 for invalid input, 1 for any other SDK error
     *     (its message only: no stack trace, and SDK messages never carry personal details)
     */
    static CommandLine commandLine() {
        return new CommandLine(new DvppCommand()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    if (e instanceof InvalidInputException) {
                        cmd.getErr().println(e.getMessage());
                        return 2;
                    }
                    if (e instanceof DvppException) {
                        cmd.getErr().println("error: " + e.getMessage());
                        return 1;
                    }
                    throw e;
                });
    }

    /**
     * The program's entry point.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        // Hibernate Validator announces its version (through SLF4J, as the SDK routes it) at INFO; a trainer at a
        // terminal does not need it. Set before any logger exists, unless the user chose a level.
        if (System.getProperty("org.slf4j.simpleLogger.log.org.hibernate.validator") == null) {
            System.setProperty("org.slf4j.simpleLogger.log.org.hibernate.validator", "warn");
        }
        System.exit(execute(args));
    }
}
