package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.InstrumentPluginException;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.assessment.InvalidDefinitionException;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.DvppException;
import org.dvpp.plugin.Plugin;
import org.dvpp.plugin.PluginKind;
import org.dvpp.plugin.PluginLoader;
import org.dvpp.programme.EligibilityRule;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageProvider;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code dvpp [--plugins DIR] plugins [--json]}: every plugin the command finds (on its module path and in the plugin
 * directory) and every definition in the directory, with kind, id, version and source; hints for jars that will not
 * work as meant; every broken file and plugin, all at once.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = {"List every plugin and definition found, with kind, id, version and source.",
            "Plugins come from the command's module path and from the directory given with --plugins DIR before the "
                + "command name (or DVPP_PLUGINS).",
            "Exit code 0 if everything can be used, 2 if a definition file is broken, 1 if a plugin cannot be used."})
final class PluginsCommand implements Callable<Integer> {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The kinds of plugin the SDK has, in the order they are listed. */
    static final List<PluginKind<? extends Plugin>> KINDS = List.of(InstrumentProvider.KIND, CurriculumProvider.KIND,
            HolidayCalendar.KIND, StorageProvider.KIND, KeyProvider.KIND, EligibilityRule.KIND,
            ProgrammeEventListener.KIND);

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the list (and any error) as JSON.")
    boolean json;

    /**
     * One line of the list.
     *
     * @param kind what it is
     * @param id its id
     * @param version its SPI version (plugins) or its own version (instruments, curricula)
     * @param source where it came from
     */
    record Row(String kind, String id, String version, String source) {
    }

    /**
     * Something that cannot be used.
     *
     * @param source the file or plugin
     * @param error what is wrong
     */
    record Problem(String source, DvppException error) {
    }

    @Override
    public Integer call() {
        Optional<PluginDirectory> dir;
        try {
            dir = DvppCommand.plugins(spec);
        } catch (DvppException e) {
            return Errors.report(spec, e, json);
        }
        List<Row> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (PluginKind<? extends Plugin> kind : KINDS) {
            try {
                PluginLoader<? extends Plugin> loader = PluginLoader.of(kind).discover();
                dir.ifPresent(d -> loader.discover(d.layer()));
                loader.loaded().forEach(l -> rows.add(new Row(kind.name(), l.info().id(), "SPI " + l.info().spiVersion(),
                        l.info().origin())));
            } catch (DvppException e) {
                problems.add(new Problem(kind.name() + "s", e));
            }
        }
        instruments(dir, rows, problems);
        curricula(dir, rows, problems);
        List<String> hints = dir.map(PluginDirectory::hints).orElse(List.of());
        int code = problems.isEmpty() ? 0 : problems.stream().allMatch(p -> Errors.exitCode(p.error()) == Errors.INVALID)
                ? Errors.INVALID : Errors.FAILED;
        if (json) {
            printJson(dir, rows, hints, problems);
        } else {
            printText(dir, rows, hints, problems);
        }
        return code;
    }

    private static void instruments(Optional<PluginDirectory> dir, List<Row> rows, List<Problem> problems) {
        InstrumentRegistry.Builder b;
        try {
            b = InstrumentRegistry.builder().addBuiltIns().discover();
            dir.ifPresent(d -> b.discover(d.layer()));
        } catch (DvppException e) {
            problems.add(new Problem("instrument providers", e));
            return;
        }
        InstrumentRegistry fromProviders = b.build();
        for (Instrument i : fromProviders.all()) {
            String source = fromProviders.sourceOf(i.id());
            if (!source.startsWith("provider 'dvpp-")) {
                rows.add(new Row("instrument", i.id(), i.descriptor().version(), source));
            }
        }
        for (Path f : dir.map(PluginDirectory::instrumentFiles).orElse(List.of())) {
            try {
                b.addDefinition(f);
                InstrumentRegistry r = b.build();
                Instrument i = r.all().stream().filter(x -> r.sourceOf(x.id()).equals("file " + f)).findFirst()
                        .orElseThrow();
                rows.add(new Row("instrument definition", i.id(), i.descriptor().version(), f.toString()));
            } catch (InvalidDefinitionException e) {
                problems.add(new Problem(e.source(), e));
            } catch (InstrumentPluginException e) {
                problems.add(new Problem(f.toString(), e));
            }
        }
    }

    private static void curricula(Optional<PluginDirectory> dir, List<Row> rows, List<Problem> problems) {
        List<Path> files = dir.map(PluginDirectory::curriculumFiles).orElse(List.of());
        for (Path f : files) {
            try {
                CurriculumCatalogue.Builder b = CurriculumCatalogue.builder().discover();
                dir.ifPresent(d -> b.discover(d.layer()));
                CurriculumCatalogue c = b.add(CurriculumSupport.fileProvider(List.of(f))).build();
                Curriculum cur = c.entries().stream().filter(e -> e.providerId().equals(CurriculumSupport.FILES_ID))
                        .findFirst().orElseThrow().curriculum();
                rows.add(new Row("curriculum definition", cur.id(), cur.version(), f.toString()));
            } catch (DvppException e) {
                problems.add(new Problem(f.toString(), e));
            }
        }
    }

    private void printText(Optional<PluginDirectory> dir, List<Row> rows, List<String> hints, List<Problem> problems) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(dir.map(d -> "Plugin directory: " + d.directory() + " (" + d.jars().size() + " jar(s), "
                + (d.instrumentFiles().size() + d.curriculumFiles().size()) + " JSON definition(s))")
                .orElse("No plugin directory (give one with --plugins DIR before the command, or DVPP_PLUGINS)"));
        out.printf("%-22s %-28s %-10s %s%n", "KIND", "ID", "VERSION", "SOURCE");
        for (Row r : rows) {
            out.printf("%-22s %-28s %-10s %s%n", r.kind(), r.id(), r.version(), r.source());
        }
        hints.forEach(h -> out.println("hint: " + h));
        for (Problem p : problems) {
            Errors.report(spec, p.error(), false);
        }
        if (!problems.isEmpty()) {
            err.println(problems.size() + " problem(s) found");
        }
    }

    private void printJson(Optional<PluginDirectory> dir, List<Row> rows, List<String> hints, List<Problem> problems) {
        ObjectNode o = JSON.createObjectNode();
        dir.ifPresentOrElse(d -> o.put("directory", d.directory().toString()), () -> o.putNull("directory"));
        ArrayNode list = o.putArray("plugins");
        rows.forEach(r -> list.addObject().put("kind", r.kind()).put("id", r.id()).put("version", r.version())
                .put("source", r.source()));
        ArrayNode h = o.putArray("hints");
        hints.forEach(h::add);
        ArrayNode errors = o.putArray("errors");
        problems.forEach(p -> errors.add(Errors.toJson(p.error()).get("error")));
        spec.commandLine().getOut().println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
    }
}
