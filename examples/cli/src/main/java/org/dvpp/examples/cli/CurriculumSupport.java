package org.dvpp.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.jspecify.annotations.Nullable;

/** Builds the curricula and holiday calendars the curriculum commands use, with the plugin directory's. */
final class CurriculumSupport {
    /** The provider id of the plugin directory's curriculum files. */
    static final String FILES_ID = "plugins-directory";

    private CurriculumSupport() {
    }

    /**
     * @param plugins the plugin directory, if any
     * @param directory the agency's own curriculum directory ({@code --dir}), or null
     * @return the catalogue: built-ins, plugins on the module path and in the directory, and the JSON files
     */
    static CurriculumCatalogue catalogue(Optional<PluginDirectory> plugins, @Nullable Path directory) {
        return catalogue(plugins, directory, null);
    }

    /**
     * @param plugins the plugin directory, if any
     * @param directory the agency's own curriculum directory ({@code --dir}), or null
     * @param skip a curriculum file to leave out (the one being validated), or null
     * @return the catalogue
     */
    static CurriculumCatalogue catalogue(Optional<PluginDirectory> plugins, @Nullable Path directory,
            @Nullable Path skip) {
        CurriculumCatalogue.Builder b = CurriculumCatalogue.builder().discover();
        plugins.ifPresent(p -> {
            b.discover(p.layer());
            List<Path> files = p.curriculumFiles().stream().filter(f -> skip == null
                    || !f.toAbsolutePath().normalize().equals(skip.toAbsolutePath().normalize())).toList();
            if (!files.isEmpty()) {
                b.add(fileProvider(files));
            }
        });
        if (directory != null) {
            b.addDirectory("agency-directory", directory);
        }
        return b.build();
    }

    /**
     * @param plugins the plugin directory, if any
     * @return the built-in calendars and those of plugins on the module path and in the directory
     */
    static HolidayCalendars calendars(Optional<PluginDirectory> plugins) {
        HolidayCalendars.Builder b = HolidayCalendars.builder().discover();
        plugins.ifPresent(p -> b.discover(p.layer()));
        return b.build();
    }

    /**
     * @param files curriculum files
     * @return a provider that reads them (each error names its file)
     */
    static CurriculumProvider fileProvider(List<Path> files) {
        return new CurriculumProvider() {
            @Override
            public String id() {
                return FILES_ID;
            }

            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public List<Curriculum> curricula() {
                return files.stream().map(CurriculumJson::read).toList();
            }
        };
    }
}
