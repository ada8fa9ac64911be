package org.dvpp.curriculum;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.domain.Violation;

/** Ready-made providers for curricula written as JSON: in a directory the agency names, or in a module's resources. */
public final class CurriculumProviders {
    private CurriculumProviders() {
    }

    /**
     * A provider that reads every {@code *.json} file directly in a directory (not its subdirectories), in name order,
     * each time it is asked. A file that breaks a rule fails with an {@link InvalidCurriculumException} naming the file;
     * several broken files fail with one exception whose violations name each file.
     *
     * @param id the provider's id
     * @param directory the directory
     * @return the provider
     */
    public static CurriculumProvider fromDirectory(String id, Path directory) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(directory, "directory");
        return new Simple(id, () -> {
            if (!Files.isDirectory(directory)) {
                throw new InvalidCurriculumException(directory.toString(),
                        List.of(new Violation("$", "directory", "not a directory: " + directory)));
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.json")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                throw new InvalidCurriculumException(directory.toString(),
                        List.of(new Violation("$", "readable", "cannot list the directory: " + e.getClass().getSimpleName())));
            }
            files.sort(null);
            // every file is read, so that one error lists every broken file at once
            List<Curriculum> good = new ArrayList<>();
            List<InvalidCurriculumException> broken = new ArrayList<>();
            for (Path f : files) {
                try {
                    good.add(CurriculumJson.read(f));
                } catch (InvalidCurriculumException e) {
                    broken.add(e);
                }
            }
            if (broken.size() == 1) {
                throw broken.get(0);
            }
            if (!broken.isEmpty()) {
                List<Violation> all = new ArrayList<>();
                for (InvalidCurriculumException e : broken) {
                    for (Violation v : e.violations()) {
                        all.add(new Violation(e.source() + " " + v.path(), v.rule(), v.message()));
                    }
                }
                throw new InvalidCurriculumException(broken.size() + " files in " + directory, all);
            }
            return good;
        });
    }

    /**
     * A provider that reads JSON resources of a module, such as an agency's own plugin module. The resources are looked
     * up through {@code owner.getResourceAsStream}, so they resolve within the owner's module.
     *
     * @param id the provider's id
     * @param owner a class in the module that holds the resources
     * @param resources resource names, relative to {@code owner}'s package or absolute with a leading {@code /}
     * @return the provider
     */
    public static CurriculumProvider fromResources(String id, Class<?> owner, String... resources) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        List<String> names = List.of(resources);
        return new Simple(id, () -> {
            List<Curriculum> out = new ArrayList<>();
            for (String name : names) {
                String source = owner.getModule().getName() + "/" + name;
                try (InputStream in = owner.getResourceAsStream(name)) {
                    if (in == null) {
                        throw new InvalidCurriculumException(source, List.of(new Violation("$", "exists", "no such resource")));
                    }
                    out.add(CurriculumJson.read(in, source));
                } catch (IOException e) {
                    throw new InvalidCurriculumException(source,
                            List.of(new Violation("$", "readable", "cannot read the resource: " + e.getClass().getSimpleName())));
                }
            }
            return out;
        });
    }

    private record Simple(String id, java.util.function.Supplier<List<Curriculum>> reader) implements CurriculumProvider {
        @Override
        public int spiVersion() {
            return SPI_VERSION;
        }

        @Override
        public List<Curriculum> curricula() {
            return reader.get();
        }
    }
}
