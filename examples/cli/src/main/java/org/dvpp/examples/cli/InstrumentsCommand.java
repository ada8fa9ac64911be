package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dvpp.assessment.AnswerType;
import org.dvpp.assessment.Band;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentChecks;
import org.dvpp.assessment.InstrumentDefinitions;
import org.dvpp.assessment.InstrumentDescriptor;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.Item;
import org.dvpp.assessment.RuleDefinition;
import org.dvpp.assessment.ScoreDefinition;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@code dvpp instruments list|show|validate}. */
@Command(name = "instruments", mixinStandardHelpOptions = true,
        description = "List, show and validate assessment instruments.",
        subcommands = {InstrumentsCommand.ListCommand.class, InstrumentsCommand.ShowCommand.class,
            InstrumentsCommand.ValidateCommand.class})
final class InstrumentsCommand implements Runnable {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Lists every instrument. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the instruments available.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--instruments-dir", description = "A directory of the agency's JSON instrument definitions.")
        @Nullable Path directory;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                InstrumentRegistry r = InstrumentSupport.registry(spec, directory, spec.commandLine().getErr());
                for (Instrument i : r.all()) {
                    InstrumentDescriptor d = i.descriptor();
                    out.printf("%-24s %-8s %s%s%n", d.id(), d.version(), d.title(),
                            d.profile().map(p -> " [" + p + "]").orElse(""));
                }
                return 0;
            } catch (DvppException e) {
                return Errors.report(spec, e, false);
            }
        }
    }

    /** Shows one instrument. */
    @Command(name = "show", mixinStandardHelpOptions = true, description = "Show an instrument's items, rules, source "
            + "and licence notes.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The instrument id, such as audit.")
        String id = "";

        @Option(names = "--instruments-dir", description = "A directory of the agency's JSON instrument definitions.")
        @Nullable Path directory;

        @Override
        public Integer call() {
            try {
                show(spec.commandLine().getOut(), InstrumentSupport.registry(spec, directory, spec.commandLine().getErr()).get(id).descriptor());
                return 0;
            } catch (DvppException e) {
                return Errors.report(spec, e, false);
            }
        }
    }

    /** Validates a definition file. */
    @Command(name = "validate", mixinStandardHelpOptions = true, description = {"Check a JSON instrument definition, "
            + "run the instrument contract against it, and check its id against the built-ins and the plugins found.",
        "Exit code 0 if it is valid, 2 if not."})
    static final class ValidateCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", description = "The definition file.")
        Path file = Path.of("");

        @Option(names = "--instruments-dir", description = "Also check the id against this directory's definitions.")
        @Nullable Path directory;

        @Option(names = "--json", description = "Print the result (or the error) as JSON.")
        boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            Instrument i;
            try {
                i = InstrumentDefinitions.fromFile(file);
            } catch (InvalidInputException e) {
                if (json) {
                    return Errors.report(spec, e, true);
                }
                if (e.violations().size() == 1) {
                    Violation v = e.violations().get(0);
                    err.println("invalid: " + file + ": " + (v.path().equals("$") ? "" : v.path() + ": ") + v.message()
                            + " [" + v.rule() + "]");
                    return Errors.INVALID;
                }
                err.println("invalid: " + file);
                for (Violation v : e.violations()) {
                    err.println("  " + v.path() + ": " + v.message() + " [" + v.rule() + "]");
                }
                return Errors.INVALID;
            }
            List<String> problems = new java.util.ArrayList<>(InstrumentChecks.check(i));
            if (problems.isEmpty()) {
                // the id must not clash with a built-in or another plugin or definition the command would load
                try {
                    InstrumentSupport.builder(DvppCommand.plugins(spec), directory, new PrintWriter(
                            java.io.Writer.nullWriter()), file).addDefinition(file);
                } catch (InstrumentPluginException e) {
                    problems.add(e.getMessage());
                } catch (DvppException e) {
                    return Errors.report(spec, e, json);
                }
            }
            if (!problems.isEmpty()) {
                if (json) {
                    ObjectNode o = JSON.createObjectNode();
                    ObjectNode e = o.putObject("error");
                    e.put("code", "invalid-definition").put("message", file + " breaks the instrument contract")
                            .put("exitCode", Errors.INVALID).put("source", file.toString());
                    ArrayNode a = e.putArray("problems");
                    problems.forEach(a::add);
                    out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                    return Errors.INVALID;
                }
                err.println("invalid: " + file + " breaks the instrument contract");
                problems.forEach(p -> err.println("  " + p));
                return Errors.INVALID;
            }
            if (json) {
                ObjectNode o = JSON.createObjectNode();
                o.put("valid", true).put("id", i.id()).put("version", i.descriptor().version())
                        .put("items", i.descriptor().items().size()).put("source", file.toString());
                out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
                return 0;
            }
            out.println("valid: " + i.id() + " " + i.descriptor().version() + " (" + i.descriptor().items().size()
                    + " items) meets the instrument contract");
            return 0;
        }
    }

    static void show(PrintWriter out, InstrumentDescriptor d) {
        out.println(d.title());
        out.println("id " + d.id() + ", version " + d.version() + d.profile().map(p -> ", profile " + p).orElse(""));
        out.println("polarity: " + d.polarity());
        out.println("Items (labels are DVPP Kit's own words, not the official wording):");
        for (Item i : d.items()) {
            out.printf("  %-14s %s%n", i.id(), i.label());
            out.printf("  %-14s   %s%s%s%s%n", "", describe(i.type()), i.scored() ? "" : "; not scored",
                    i.required() ? "" : "; optional", i.askedWhen().map(w -> "; asked when " + w).orElse(""));
        }
        d.totalRange().ifPresentOrElse(r -> out.println("Total: " + d.totalHow() + ", range " + r),
                () -> out.println("Total: none"));
        for (Band b : d.bands()) {
            out.printf("  band %-18s %d–%d %s%s%n", b.code(), b.min(), b.max(), b.label(),
                    b.action().isEmpty() ? "" : " → " + b.action());
        }
        for (ScoreDefinition s : d.subscales()) {
            out.printf("Score %-18s %s: %s%s%n", s.id(), s.label(), s.how(), s.range().map(r -> ", range " + r)
                    .orElse(""));
        }
        for (RuleDefinition f : d.flags()) {
            out.printf("Flag %-18s when %s: %s%n", f.code(), f.when(), f.label());
        }
        for (RuleDefinition g : d.gates()) {
            out.printf("Gate %-18s when %s: %s; otherwise: %s%n", g.code(), g.when(), g.label(), g.otherwise());
        }
        out.println("Missing answers: " + d.missingRule());
        d.reliability().ifPresent(r -> out.println("Reliable change: " + r.fixedChangePoints()
                .map(p -> "fixed " + p.toPlainString() + " points").orElseGet(() -> "SD " + r.sd().map(Object::toString)
                        .orElse("?") + ", r " + r.reliability().map(Object::toString).orElse("?"))
                + " (" + r.provenance() + ")"));
        out.println("Source: " + d.source());
        out.println("Licence: " + d.licence());
    }

    private static String describe(AnswerType t) {
        if (t instanceof AnswerType.Choice c) {
            return String.join(", ", c.options().stream().map(o -> o.value() + " " + o.label()
                    + (o.points() != o.value() ? " (" + o.points() + " pts)" : "")).toList());
        }
        return t.describeAllowed();
    }
}
