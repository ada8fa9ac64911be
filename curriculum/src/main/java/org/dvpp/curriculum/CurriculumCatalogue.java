package org.dvpp.curriculum;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.domain.Classified;
import org.dvpp.domain.NotFoundException;
import org.dvpp.plugin.PluginLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The curricula an agency can run, gathered from providers: registered explicitly, read from a directory of JSON files,
 * and, in one call, discovered through {@link ServiceLoader} (which finds the built-in curricula too). Immutable and
 * thread-safe once built.
 *
 * <pre>{@code
 * CurriculumCatalogue catalogue = CurriculumCatalogue.builder()
 *         .discover()                                           // built-ins and any on the module or class path
 *         .addDirectory("agency-local", Path.of("/etc/dvpp/curricula"))
 *         .build();
 * Curriculum c = catalogue.get("dvpp-integrated-12");
 * }</pre>
 *
 * <p>{@link Builder#build()} refuses, naming the provider and its class: two providers with the same id, two curricula
 * with the same id (naming both providers), a provider built for another SPI version, a provider whose construction
 * fails, and a curriculum that breaks a rule of {@link CurriculumValidator}.
 */
public final class CurriculumCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(CurriculumCatalogue.class);

    /**
     * Where a curriculum came from.
     *
     * @param curriculum the curriculum
     * @param providerId the provider's id
     * @param providerClass the provider's class name
     */
    @Classified
    public record Entry(Curriculum curriculum, String providerId, String providerClass) {
    }

    private final Map<String, Entry> entries;

    private CurriculumCatalogue(Map<String, Entry> entries) {
        this.entries = Collections.unmodifiableMap(entries);
    }

    /** @return a builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a catalogue of every provider {@link ServiceLoader} finds, the built-in curricula among them */
    public static CurriculumCatalogue discover() {
        return builder().discover().build();
    }

    /** @return every curriculum, ordered by id */
    public List<Curriculum> list() {
        return entries.values().stream().map(Entry::curriculum).sorted(java.util.Comparator.comparing(Curriculum::id))
                .toList();
    }

    /** @return every entry, ordered by curriculum id */
    public List<Entry> entries() {
        return entries.values().stream().sorted(java.util.Comparator.comparing(e -> e.curriculum().id())).toList();
    }

    /**
     * @param id a curriculum id
     * @return the curriculum, if known
     */
    public Optional<Curriculum> find(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::curriculum);
    }

    /**
     * @param id a curriculum id
     * @return the curriculum
     * @throws NotFoundException when there is none with that id
     */
    public Curriculum get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("curriculum", id + " (known: " + entries.keySet() + ")"));
    }

    /** Gathers providers; {@link #build()} loads and checks them all. Not thread-safe. */
    public static final class Builder {
        private final List<CurriculumProvider> explicit = new ArrayList<>();
        private final List<ModuleLayer> layers = new ArrayList<>();
        private boolean discover;

        private Builder() {
        }

        /**
         * Registers a provider explicitly.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder add(CurriculumProvider provider) {
            java.util.Objects.requireNonNull(provider, "provider");
            explicit.add(provider);
            return this;
        }

        /**
         * Registers every {@code *.json} file directly in a directory, read when {@link #build()} runs.
         *
         * @param providerId the id for this set of files, such as {@code agency-local}
         * @param directory the directory
         * @return this builder
         */
        public Builder addDirectory(String providerId, Path directory) {
            return add(CurriculumProviders.fromDirectory(providerId, directory));
        }

        /**
         * Adds every {@link CurriculumProvider} that {@link ServiceLoader} finds on the module path and the class path,
         * the built-in curricula among them, through the one plugin loader ({@link PluginLoader}). Providers are
         * constructed in {@link #build()}; a failure there names the class.
         *
         * @return this builder
         */
        public Builder discover() {
            discover = true;
            return this;
        }

        /**
         * The former name of {@link #discover()}: every SPI now discovers with the same verb.
         *
         * @return this builder
         * @deprecated use {@link #discover()}
         */
        @Deprecated(since = "0.1")
        public Builder discoverProviders() {
            return discover();
        }

        /**
         * Also adds the providers {@link ServiceLoader} finds in a module layer the host made for plugin jars (and its
         * parents).
         *
         * @param layer the layer
         * @return this builder
         */
        public Builder discover(ModuleLayer layer) {
            layers.add(java.util.Objects.requireNonNull(layer, "layer"));
            return this;
        }

        /**
         * @return the catalogue
         * @throws CurriculumPluginException when a provider cannot be used, naming it and its class
         * @throws InvalidCurriculumException when a curriculum breaks a rule, naming its source
         */
        public CurriculumCatalogue build() {
            PluginLoader<CurriculumProvider> loader = PluginLoader.of(CurriculumProvider.KIND).addAll(explicit);
            if (discover) {
                loader.discover();
            }
            layers.forEach(loader::discover);
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (CurriculumProvider p : loader.plugins()) {
                String cls = p.getClass().getName();
                String pid = p.id();
                List<Curriculum> supplied;
                try {
                    supplied = List.copyOf(p.curricula());
                } catch (InvalidCurriculumException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new CurriculumPluginException("curriculum provider '" + pid + "' (" + cls
                            + ") failed to supply its curricula: " + e.getMessage(), e);
                }
                for (Curriculum c : supplied) {
                    var violations = CurriculumValidator.validate(c);
                    if (!violations.isEmpty()) {
                        throw new InvalidCurriculumException("curriculum " + c.id() + " from provider '" + pid + "' ("
                                + cls + ")", violations);
                    }
                    Entry previous = entries.putIfAbsent(c.id(), new Entry(c, pid, cls));
                    if (previous != null) {
                        throw new CurriculumPluginException("two curricula have the id '" + c.id() + "': one from provider '"
                                + previous.providerId() + "' (" + previous.providerClass() + ") and one from provider '"
                                + pid + "' (" + cls + ")");
                    }
                }
                LOG.debug("curriculum provider '{}' ({}) supplied {}", pid, cls,
                        supplied.stream().map(Curriculum::id).toList());
            }
            LOG.debug("curriculum catalogue holds {}", entries.keySet());
            return new CurriculumCatalogue(entries);
        }
    }
}
