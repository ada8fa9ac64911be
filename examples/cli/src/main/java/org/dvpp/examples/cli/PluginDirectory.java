package org.dvpp.examples.cli;

import java.io.IOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.lang.module.ResolutionException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.dvpp.domain.DefinitionFiles;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.Violation;
import org.dvpp.plugin.PluginException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A directory of plugins for {@code dvpp --plugins DIR} (or {@code DVPP_PLUGINS}): plugin jars, loaded into a module
 * layer of their own whose parent is the command's (a modular jar's {@code provides} and a plain jar's
 * {@code META-INF/services} both count), and JSON definitions, each an instrument or, when it has {@code sessions}, a
 * curriculum. Only the files directly in the directory are read, in name order.
 */
final class PluginDirectory {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The SPIs of DVPP Kit, for the hint about a services file without a {@code provides} clause. */
    private static final Set<String> SPIS = Set.of("org.dvpp.assessment.spi.InstrumentProvider",
            "org.dvpp.curriculum.spi.CurriculumProvider", "org.dvpp.curriculum.spi.HolidayCalendar",
            "org.dvpp.storage.spi.StorageProvider", "org.dvpp.storage.spi.KeyProvider",
            "org.dvpp.programme.EligibilityRule", "org.dvpp.programme.ProgrammeEventListener");

    /**
     * A definition file that cannot be read, or a jar that cannot be loaded.
     *
     * @param file the file
     * @param violations what is wrong
     */
    record Broken(Path file, List<Violation> violations) {
    }

    private final Path directory;
    private final List<Path> jars = new ArrayList<>();
    private final List<Path> instrumentFiles = new ArrayList<>();
    private final List<Path> curriculumFiles = new ArrayList<>();
    private final List<String> hints = new ArrayList<>();
    private final ModuleLayer layer;

    private PluginDirectory(Path directory) {
        this.directory = directory;
        List<Path> files = list(directory);
        List<Path> modular = new ArrayList<>();
        Set<String> roots = new TreeSet<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".jar")) {
                ModuleReference ref = describe(f);
                hints(f, ref.descriptor());
                jars.add(f);
                modular.add(f);
                roots.add(ref.descriptor().name());
            } else if (name.endsWith(".json")) {
                (isCurriculum(f) ? curriculumFiles : instrumentFiles).add(f);
            }
        }
        this.layer = modular.isEmpty() ? ModuleLayer.boot() : layer(modular, roots);
    }

    /**
     * @param directory the directory the user named
     * @return its plugins and definitions
     * @throws InvalidInputException if it is not a directory
     * @throws PluginException if a jar cannot be read or the jars cannot be loaded together
     */
    static PluginDirectory open(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException("--plugins", "directory", directory + " is not a directory");
        }
        return new PluginDirectory(directory);
    }

    /** @return the directory */
    Path directory() {
        return directory;
    }

    /** @return the module layer holding the plugin jars (the command's own layer when there are none) */
    ModuleLayer layer() {
        return layer;
    }

    /** @return the plugin jars, in name order */
    List<Path> jars() {
        return List.copyOf(jars);
    }

    /** @return the JSON files read as instrument definitions */
    List<Path> instrumentFiles() {
        return List.copyOf(instrumentFiles);
    }

    /** @return the JSON files read as curricula (they have {@code sessions}) */
    List<Path> curriculumFiles() {
        return List.copyOf(curriculumFiles);
    }

    /** @return advice about jars that will not work as their author meant */
    List<String> hints() {
        return List.copyOf(hints);
    }

    private static List<Path> list(Path directory) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory)) {
            ds.forEach(files::add);
        } catch (IOException e) {
            throw new InvalidInputException("--plugins", "readable", "cannot list " + directory + ": "
                    + e.getClass().getSimpleName());
        }
        files.sort(null);
        return files;
    }

    private static ModuleReference describe(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new PluginException("The plugin jar " + jar + " is not a regular file");
        }
        try {
            return ModuleFinder.of(jar).findAll().stream().findFirst()
                    .orElseThrow(() -> new PluginException("The plugin jar " + jar + " holds no module"));
        } catch (FindException e) {
            throw new PluginException("The plugin jar " + jar + " cannot be read as a module: " + message(e), e);
        }
    }

    private void hints(Path jar, ModuleDescriptor d) {
        Set<String> provided = new TreeSet<>();
        d.provides().forEach(p -> provided.add(p.service()));
        Set<String> services = new TreeSet<>();
        try (JarFile jf = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = jf.entries();
            while (entries.hasMoreElements()) {
                String n = entries.nextElement().getName();
                if (n.startsWith("META-INF/services/") && n.length() > "META-INF/services/".length()) {
                    services.add(n.substring("META-INF/services/".length()));
                }
            }
        } catch (IOException e) {
            throw new PluginException("The plugin jar " + jar + " cannot be read: " + e.getClass().getSimpleName(), e);
        }
        if (!d.isAutomatic()) {
            for (String s : services) {
                if (!provided.contains(s)) {
                    hints.add(jar.getFileName() + " has META-INF/services/" + s + " but its module " + d.name()
                            + " does not declare 'provides " + s + " with ...;' in module-info.java: on the module "
                            + "path only 'provides' counts, so this plugin is not found. Add the provides clause and "
                            + "rebuild the jar.");
                }
            }
        }
        boolean any = provided.stream().anyMatch(SPIS::contains) || (d.isAutomatic()
                && services.stream().anyMatch(SPIS::contains));
        if (!any && hints.stream().noneMatch(h -> h.startsWith(jar.getFileName() + " "))) {
            hints.add(jar.getFileName() + " (module " + d.name() + ") provides no DVPP Kit plugin; that is fine for a "
                    + "library a plugin needs");
        }
    }

    private ModuleLayer layer(List<Path> modular, Set<String> roots) {
        ModuleLayer boot = ModuleLayer.boot();
        try {
            Configuration cf = boot.configuration().resolve(ModuleFinder.of(modular.toArray(Path[]::new)),
                    ModuleFinder.of(), roots);
            return boot.defineModulesWithOneLoader(cf, ClassLoader.getSystemClassLoader());
        } catch (FindException | ResolutionException | LayerInstantiationException e) {
            throw new PluginException("The plugin jars in " + directory + " cannot be loaded: " + message(e)
                    + ". A plugin needs the DVPP Kit modules it requires (they are on the command's module path) and "
                    + "any library of its own as another jar in the same directory", e);
        }
    }

    private static boolean isCurriculum(Path file) {
        try {
            JsonNode n = JSON.readTree(DefinitionFiles.readUtf8(file));
            return n != null && n.isObject() && n.has("sessions");
        } catch (InvalidInputException | JacksonException e) {
            return false; // the instrument reader reports it, naming the file
        }
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
