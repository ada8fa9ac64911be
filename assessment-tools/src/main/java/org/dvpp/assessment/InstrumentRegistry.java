package org.dvpp.assessment;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dvpp.assessment.internal.builtin.BuiltInInstruments;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.domain.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instruments an application can use, by id. Immutable and thread-safe once built.
 *
 * <pre>{@code
 * InstrumentRegistry registry = InstrumentRegistry.builder()
 *         .addBuiltIns()                       // AUDIT, PHQ-9, DASH RIC, ...
 *         .addDirectory(Path.of("/etc/agency/instruments"))   // the agency's JSON definitions
 *         .discover()                          // plugins on the module path or class path
 *         .build();
 * ScoreResult r = registry.score("phq-9", Answers.parse("Q1=3,Q2=0,..."));
 * }</pre>
 *
 * Every instrument is registered with its source (class, provider, file or resource). The registry may hold several
 * versions of one instrument (an agency that upgrades a definition keeps the old one, so assessments taken with it are
 * still scored, compared and explained with it): {@link #find(String)} gives the current (highest) version and
 * {@link #find(String, String)} a named one. Two instruments with one id and one version are a hard error naming both
 * sources, and so is any second instrument with a built-in's id; a provider built for another SPI version, or one whose constructor or
 * {@code instruments()} throws, is a hard error naming the provider and its class. Nothing is skipped silently.
 *
 * @since 0.1
 */
public final class InstrumentRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentRegistry.class);

    /** Instrument ids follow the one rule for plugin ids. */
    private static final java.util.regex.Pattern ID = org.dvpp.plugin.PluginLoader.ID_RULE;

    private final Map<String, Instrument> byId;
    private final Map<String, String> sources;
    private final Map<String, List<Instrument>> versions;

    private InstrumentRegistry(Map<String, List<Instrument>> all, Map<String, List<String>> allSources) {
        Map<String, Instrument> current = new LinkedHashMap<>();
        Map<String, String> currentSources = new LinkedHashMap<>();
        Map<String, List<Instrument>> sorted = new LinkedHashMap<>();
        all.forEach((id, list) -> {
            int best = 0;
            for (int i = 1; i < list.size(); i++) {
                if (compareVersions(list.get(i).descriptor().version(), list.get(best).descriptor().version()) > 0) {
                    best = i;
                }
            }
            current.put(id, list.get(best));
            currentSources.put(id, allSources.get(id).get(best));
            sorted.put(id, list.size() == 1 ? List.copyOf(list) : list.stream().sorted((a, b) -> compareVersions(
                    a.descriptor().version(), b.descriptor().version())).toList());
        });
        this.byId = Collections.unmodifiableMap(current);
        this.sources = Collections.unmodifiableMap(currentSources);
        this.versions = Collections.unmodifiableMap(sorted);
    }

    /**
     * Orders versions: dot- or hyphen-separated parts, numeric parts by number, others as text ({@code 1.10} is after
     * {@code 1.9}).
     *
     * @param a a version
     * @param b another
     * @return negative, zero or positive as a is before, the same as or after b
     */
    public static int compareVersions(String a, String b) {
        String[] x = a.split("[.-]");
        String[] y = b.split("[.-]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            String p = i < x.length ? x[i] : "0";
            String q = i < y.length ? y[i] : "0";
            int c = p.matches("\\d{1,18}") && q.matches("\\d{1,18}") ? Long.compare(Long.parseLong(p), Long.parseLong(q))
                    : p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** @return a new, empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a registry holding the built-in instruments only */
    public static InstrumentRegistry withBuiltIns() {
        return builder().addBuiltIns().build();
    }

    /**
     * @param id an instrument id
     * @return the instrument
     * @throws UnknownInstrumentException if there is none, listing those there are
     */
    public Instrument get(String id) {
        Instrument i = byId.get(id);
        if (i == null) {
            throw new UnknownInstrumentException(id, byId.keySet());
        }
        return i;
    }

    /**
     * @param id an instrument id
     * @return the instrument, if registered
     */
    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param id an instrument id
     * @param version one of its versions
     * @return that version of the instrument, if registered (never another version in its place)
     */
    public Optional<Instrument> find(String id, String version) {
        return versions.getOrDefault(id, List.of()).stream().filter(i -> i.descriptor().version().equals(version))
                .findFirst();
    }

    /**
     * @param id an instrument id
     * @return its registered versions, oldest first (empty if none)
     */
    public List<String> versions(String id) {
        return versions.getOrDefault(id, List.of()).stream().map(i -> i.descriptor().version()).toList();
    }

    /** @return the current version of every instrument, in registration order */
    public Collection<Instrument> all() {
        return byId.values();
    }

    /**
     * @param id an instrument id
     * @return where it was registered from (class, provider, file or resource)
     * @throws UnknownInstrumentException if there is none
     */
    public String sourceOf(String id) {
        get(id);
        return sources.get(id);
    }

    /**
     * Scores answers with an instrument.
     *
     * @param id the instrument id
     * @param answers the answers
     * @return the result
     * @throws UnknownInstrumentException if there is no such instrument
     * @throws InvalidAnswersException if the answers break its rules
     */
    public ScoreResult score(String id, Answers answers) {
        return get(id).score(answers);
    }

    /** Collects instruments; {@link #build()} checks them all. */
    public static final class Builder {
        private final Map<String, List<Instrument>> byId = new LinkedHashMap<>();
        private final Map<String, List<String>> sources = new LinkedHashMap<>();
        private final java.util.Set<String> builtInIds = new java.util.HashSet<>();
        private final org.dvpp.plugin.PluginLoader<InstrumentProvider> providerLoader =
                org.dvpp.plugin.PluginLoader.of(InstrumentProvider.KIND);

        private Builder() {
        }

        /**
         * Registers one instrument.
         *
         * @param instrument the instrument
         * @return this builder
         * @throws InstrumentPluginException if its id is taken
         */
        public Builder add(Instrument instrument) {
            Objects.requireNonNull(instrument, "instrument");
            return add(instrument, "class " + instrument.getClass().getName());
        }

        private Builder add(Instrument instrument, String source) {
            return add(instrument, source, false);
        }

        private Builder add(Instrument instrument, String source, boolean builtIn) {
            String id;
            try {
                // id() is descriptor().id() unless the instrument knows its id without compiling (the built-ins,
                // which are compiled when first used)
                id = Objects.requireNonNull(instrument.id(), "id");
            } catch (RuntimeException e) {
                throw new InstrumentPluginException("Instrument from " + source + " has no usable descriptor: " + e,
                        e);
            }
            if (!ID.matcher(id).matches()) {
                throw new InstrumentPluginException("Instrument from " + source + " has an invalid id '"
                        + (id.length() > 64 ? id.substring(0, 64) + "..." : id)
                        + "': use lower-case letters, digits and hyphens, at most 64 characters");
            }
            List<Instrument> same = byId.getOrDefault(id, List.of());
            if (!same.isEmpty() && (builtIn || builtInIds.contains(id))) {
                // a built-in's id belongs to DVPP Kit: no plugin or file may add a version of it (which would become
                // current) or share it
                throw new InstrumentPluginException("Duplicate instrument id '" + id + "': registered by "
                        + sources.get(id).get(0) + " and again by " + source + ". Instrument ids must be unique; rename "
                        + "one or leave one plugin off the module path.");
            }
            for (int i = 0; i < same.size(); i++) {
                String version = versionOf(instrument, source);
                if (versionOf(same.get(i), sources.get(id).get(i)).equals(version)) {
                    throw new InstrumentPluginException("Duplicate instrument id '" + id + "' version " + version
                            + ": registered by " + sources.get(id).get(i) + " and again by " + source
                            + ". An instrument id and version must be unique; rename one, give it a new version or "
                            + "leave one plugin off the module path.");
                }
            }
            if (!builtIn) {
                // the built-ins are compiled lazily and checked by their own tests; everything else is checked now
                List<String> problems = new ArrayList<>(InstrumentChecks.guarded(instrument, "describing itself",
                        InstrumentChecks::checkDescriptor));
                if (problems.isEmpty()) {
                    problems.addAll(InstrumentChecks.guarded(instrument, "the band check", InstrumentChecks::checkBands));
                }
                if (!problems.isEmpty()) {
                    throw new InstrumentPluginException("Instrument '" + id + "' from " + source
                            + " has an unusable descriptor: " + String.join("; ", problems));
                }
            }
            if (builtIn) {
                builtInIds.add(id);
            }
            if (!same.isEmpty()) {
                LOG.info("Instrument '{}' now has {} versions (from {} and {})", id, same.size() + 1, sources.get(id),
                        source);
            }
            byId.computeIfAbsent(id, x -> new ArrayList<>()).add(instrument);
            sources.computeIfAbsent(id, x -> new ArrayList<>()).add(source);
            return this;
        }

        private static String versionOf(Instrument instrument, String source) {
            try {
                return Objects.requireNonNull(instrument.descriptor().version(), "version");
            } catch (RuntimeException e) {
                throw new InstrumentPluginException("Instrument from " + source + " has no usable version: " + e, e);
            }
        }

        /**
         * Registers every instrument of a provider, after checking its SPI version.
         *
         * @param provider the provider
         * @return this builder
         * @throws InstrumentPluginException if its id is taken, its SPI version is not supported, it throws, or one of
         *     its instruments' ids is taken
         */
        public Builder addProvider(InstrumentProvider provider) {
            Objects.requireNonNull(provider, "provider");
            int before = providerLoader.loaded().size();
            providerLoader.add(provider);
            registerNewProviders(before);
            return this;
        }

        private void registerNewProviders(int from) {
            List<org.dvpp.plugin.PluginLoader.Loaded<InstrumentProvider>> all = providerLoader.loaded();
            for (int k = from; k < all.size(); k++) {
                register(all.get(k).plugin());
            }
        }

        private void register(InstrumentProvider provider) {
            String cls = provider.getClass().getName();
            String pid = provider.id();
            List<Instrument> instruments;
            try {
                instruments = List.copyOf(provider.instruments());
            } catch (InvalidDefinitionException e) {
                throw new InstrumentPluginException("Instrument provider '" + pid + "' (" + cls
                        + ") has an invalid definition: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                throw new InstrumentPluginException("Instrument provider '" + pid + "' (" + cls
                        + ") failed to supply its instruments: " + e, e);
            }
            for (Instrument i : instruments) {
                add(i, "provider '" + pid + "' (" + cls + ", instrument class " + i.getClass().getName() + ")",
                        provider instanceof BuiltInInstruments);
            }
        }

        /** @return this builder with the built-in instruments (AUDIT, AUDIT-C, DAST-10, PHQ-9, GAD-7, ...) */
        public Builder addBuiltIns() {
            return addProvider(new BuiltInInstruments());
        }

        /**
         * Registers a JSON definition file.
         *
         * @param file the file
         * @return this builder
         * @throws InvalidDefinitionException if it is malformed (naming the JSON path)
         */
        public Builder addDefinition(Path file) {
            return add(InstrumentDefinitions.fromFile(file), "file " + file);
        }

        /**
         * Registers every {@code *.json} file directly in a directory the agency names, in file-name order. Every file
         * is tried; if any is broken, none of the directory's definitions is kept and one exception lists every broken
         * file (use {@link #addDirectory(Path, java.util.function.Consumer)} to keep the good ones).
         *
         * @param directory the directory
         * @return this builder
         * @throws InvalidInputException if it is not a readable directory
         * @throws InvalidDefinitionException if a file is malformed, naming every broken file and its JSON path
         */
        public Builder addDirectory(Path directory) {
            List<Path> files = jsonFiles(directory);
            List<InvalidDefinitionException> broken = new ArrayList<>();
            List<Instrument> good = new ArrayList<>();
            for (Path f : files) {
                try {
                    good.add(InstrumentDefinitions.fromFile(f));
                } catch (InvalidDefinitionException e) {
                    broken.add(e);
                }
            }
            if (broken.size() == 1) {
                throw broken.get(0);
            }
            if (!broken.isEmpty()) {
                List<org.dvpp.domain.Violation> all = new ArrayList<>();
                for (InvalidDefinitionException e : broken) {
                    for (org.dvpp.domain.Violation v : e.violations()) {
                        all.add(new org.dvpp.domain.Violation(e.source() + " " + v.path(), v.rule(), v.message()));
                    }
                }
                throw new InvalidDefinitionException(broken.size() + " files in " + directory, all);
            }
            for (int k = 0; k < files.size(); k++) {
                add(good.get(k), "file " + files.get(k));
            }
            LOG.debug("Loaded {} instrument definition(s) from {}", files.size(), directory);
            return this;
        }

        /**
         * Registers every well-formed {@code *.json} file directly in a directory, in file-name order, and hands each
         * broken one (which names its file) to {@code onBroken} instead of failing, so one broken file leaves the other
         * instruments, built-ins included, usable.
         *
         * @param directory the directory
         * @param onBroken told of each broken file
         * @return this builder
         * @throws InvalidInputException if it is not a readable directory
         * @throws InstrumentPluginException if a definition's id is taken
         */
        public Builder addDirectory(Path directory, java.util.function.Consumer<InvalidDefinitionException> onBroken) {
            Objects.requireNonNull(onBroken, "onBroken");
            int n = 0;
            for (Path f : jsonFiles(directory)) {
                Instrument i;
                try {
                    i = InstrumentDefinitions.fromFile(f);
                } catch (InvalidDefinitionException e) {
                    onBroken.accept(e);
                    continue;
                }
                add(i, "file " + f);
                n++;
            }
            LOG.debug("Loaded {} instrument definition(s) from {}", n, directory);
            return this;
        }

        private static List<Path> jsonFiles(Path directory) {
            if (!Files.isDirectory(directory)) {
                throw new InvalidInputException("instrumentsDirectory", "directory",
                        directory + " is not a directory");
            }
            List<Path> files = new ArrayList<>();
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(directory, "*.json")) {
                ds.forEach(files::add);
            } catch (IOException e) {
                throw new InvalidInputException("instrumentsDirectory", "readable",
                        "cannot list " + directory + ": " + e.getMessage());
            }
            files.sort(null);
            return files;
        }

        /**
         * Finds {@link InstrumentProvider}s with {@link ServiceLoader} on the module path and the class path (one call),
         * through the one plugin loader ({@link org.dvpp.plugin.PluginLoader}: the SPI's class loader, the same rules
         * for ids, duplicates and versions as every plugin), and registers them. Logs at DEBUG what it found and where.
         *
         * @return this builder
         * @throws InstrumentPluginException for a broken provider, naming its class
         */
        public Builder discover() {
            int before = providerLoader.loaded().size();
            providerLoader.discover();
            registerNewProviders(before);
            return this;
        }

        /**
         * Like {@link #discover()}, in a given module layer and its parents (for applications that load plugin jars
         * into their own layer, as {@code dvpp --plugins DIR} does). Providers already registered count once.
         *
         * @param layer the layer to search (and its parents)
         * @return this builder
         */
        public Builder discover(ModuleLayer layer) {
            int before = providerLoader.loaded().size();
            providerLoader.discover(layer);
            registerNewProviders(before);
            return this;
        }

        /** @return the instrument providers registered so far, with their kind, id, version, class and origin */
        public List<org.dvpp.plugin.PluginInfo> providers() {
            return providerLoader.loaded().stream().map(org.dvpp.plugin.PluginLoader.Loaded::info).toList();
        }

        /**
         * @return the registry
         */
        public InstrumentRegistry build() {
            LOG.debug("Instrument registry built with {} instrument(s): {}", byId.size(), sources);
            return new InstrumentRegistry(byId, sources);
        }
    }
}
