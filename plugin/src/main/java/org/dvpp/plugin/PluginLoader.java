package org.dvpp.plugin;

import java.net.URI;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one loader of plugins of one {@linkplain PluginKind kind}. Every SPI of DVPP Kit loads its plugins through it, so
 * every kind follows the same rules:
 *
 * <ul>
 *   <li><b>Order.</b> The host registers plugins explicitly ({@link #add}) first, then asks for discovery
 *       ({@link #discover()}, {@link #discover(ModuleLayer)}); {@link #plugins()} keeps that order.</li>
 *   <li><b>Class loader.</b> {@link #discover()} asks {@link ServiceLoader} with the class loader of the SPI type: in an
 *       ordinary application that is the application class loader, which sees every module on the module path
 *       ({@code provides}) and every jar on the class path ({@code META-INF/services}), in one call. The thread's context
 *       class loader is never used, so the answer does not depend on the calling thread. A host that loads plugin jars
 *       into a module layer of its own passes it to {@link #discover(ModuleLayer)}, which searches that layer and its
 *       parents.</li>
 *   <li><b>Ids.</b> 1 to 64 lower-case letters, digits and hyphens starting with a letter or digit ({@link #ID_RULE});
 *       the prefix {@code dvpp-} ({@link #RESERVED_PREFIX}) only for DVPP Kit's own plugins (classes in an
 *       {@code internal} package of one of its {@code org.dvpp} modules, examples excluded).</li>
 *   <li><b>Duplicates.</b> A plugin whose class and id are already held is the same plugin and counts once (the first is
 *       kept), for example one registered explicitly and found again by discovery, or found in two layers; two explicit
 *       registrations of different instances with one id, and two classes with one id, are refused naming both.</li>
 *   <li><b>Versions.</b> A plugin whose {@link Plugin#spiVersion()} is not the kind's {@link PluginKind#spiVersion()} is
 *       refused, naming both versions.</li>
 *   <li><b>Failures.</b> A constructor, {@code id()} or {@code spiVersion()} that throws, or a broken
 *       {@code META-INF/services} or {@code provides} entry, is refused naming the class and where it came from.</li>
 * </ul>
 *
 * Every refusal is a {@link PluginException} (or the kind's subclass of it); nothing is skipped silently. Each plugin
 * taken is logged at DEBUG with its kind, id, version, class and module or jar. Not thread-safe; use one loader per
 * build.
 *
 * <pre>{@code
 * List<StorageProvider> providers = PluginLoader.of(StorageProvider.KIND)
 *         .addAll(hostProviders)
 *         .discover()
 *         .plugins();
 * }</pre>
 *
 * @param <T> the SPI type
 * @since 0.1
 */
public final class PluginLoader<T extends Plugin> {
    /** The one rule for plugin ids. */
    public static final Pattern ID_RULE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    /** Ids with this prefix belong to DVPP Kit's own plugins. */
    public static final String RESERVED_PREFIX = "dvpp-";

    private static final Logger LOG = LoggerFactory.getLogger(PluginLoader.class);

    /**
     * A plugin taken by the loader, with what is known of it.
     *
     * @param plugin the plugin
     * @param info its kind, id, version, class and origin
     * @param <T> the SPI type
     * @since 0.1
     */
    @org.dvpp.domain.Classified
    public record Loaded<T extends Plugin>(T plugin, PluginInfo info) {
        /** Checks that nothing is null. */
        public Loaded {
            Objects.requireNonNull(plugin, "plugin");
            Objects.requireNonNull(info, "info");
        }
    }

    private final PluginKind<T> kind;
    private final List<Loaded<T>> loaded = new ArrayList<>();

    private PluginLoader(PluginKind<T> kind) {
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    /**
     * @param kind the kind of plugin
     * @param <T> the SPI type
     * @return an empty loader
     */
    public static <T extends Plugin> PluginLoader<T> of(PluginKind<T> kind) {
        return new PluginLoader<>(kind);
    }

    /** @return the kind this loader loads */
    public PluginKind<T> kind() {
        return kind;
    }

    /**
     * Registers a plugin explicitly, checking it now.
     *
     * @param plugin the plugin
     * @return this loader
     * @throws PluginException if its id is invalid, reserved or taken, or its SPI version is not this SDK's
     */
    public PluginLoader<T> add(T plugin) {
        Objects.requireNonNull(plugin, "plugin");
        take(plugin, false);
        return this;
    }

    /**
     * @param plugins plugins to register explicitly, in order
     * @return this loader
     * @throws PluginException as {@link #add}
     */
    public PluginLoader<T> addAll(Iterable<? extends T> plugins) {
        Objects.requireNonNull(plugins, "plugins");
        for (T p : plugins) {
            add(p);
        }
        return this;
    }

    /**
     * Adds every plugin {@link ServiceLoader} finds with the SPI type's class loader: the module path and the class path.
     *
     * @return this loader
     * @throws PluginException for the first plugin that cannot be used, naming its class and origin
     */
    public PluginLoader<T> discover() {
        prepare();
        ClassLoader cl = kind.type().getClassLoader();
        return discover(ServiceLoader.load(kind.type(), cl), "the module and class path");
    }

    /**
     * Adds every plugin {@link ServiceLoader} finds in a module layer and its parents (for hosts that load plugin jars
     * into a layer of their own). Plugins of the parents already taken count once.
     *
     * @param layer the layer
     * @return this loader
     * @throws PluginException for the first plugin that cannot be used, naming its class and origin
     */
    public PluginLoader<T> discover(ModuleLayer layer) {
        Objects.requireNonNull(layer, "layer");
        prepare();
        return discover(ServiceLoader.load(layer, kind.type()), "a module layer");
    }

    /** @return the plugins taken, in order */
    public List<T> plugins() {
        return loaded.stream().map(Loaded::plugin).toList();
    }

    /** @return the plugins taken with their kind, id, version, class and origin, in order */
    public List<Loaded<T>> loaded() {
        return List.copyOf(loaded);
    }

    /**
     * @param id a plugin id
     * @return the plugin taken with that id
     */
    public Optional<T> find(String id) {
        return loaded.stream().filter(l -> l.info().id().equals(id)).map(Loaded::plugin).findFirst();
    }

    /**
     * Where a class came from, as the loader reports it.
     *
     * @param type a class
     * @return {@code module NAME (LOCATION)} or {@code class path (LOCATION)}
     */
    public static String origin(Class<?> type) {
        Module m = type.getModule();
        String where = location(type);
        return (m.isNamed() ? "module " + m.getName() : "class path") + (where.isEmpty() ? "" : " (" + where + ")");
    }

    private void prepare() {
        // a named module may only load services it uses and whose type it can read; this module serves every SPI, so it
        // declares both at run time, for its own module only
        Module self = PluginLoader.class.getModule();
        if (self.isNamed()) {
            self.addReads(kind.type().getModule());
            self.addUses(kind.type());
        }
    }

    private PluginLoader<T> discover(ServiceLoader<T> serviceLoader, String where) {
        Iterator<ServiceLoader.Provider<T>> it = serviceLoader.stream().iterator();
        int found = 0;
        while (true) {
            ServiceLoader.Provider<T> handle;
            try {
                if (!it.hasNext()) {
                    break;
                }
                handle = it.next();
            } catch (ServiceConfigurationError e) {
                throw kind.failure("A " + kind.name() + " is declared but cannot be loaded (" + kind.type().getName()
                        + " in " + where + "): " + e.getMessage() + ". Check the plugin's META-INF/services file or its "
                        + "module's 'provides' clause", e);
            }
            Class<? extends T> type = handle.type();
            if (already(type)) {
                LOG.debug("{} {} from {} is already registered; counted once", kind.name(), type.getName(),
                        origin(type));
                continue;
            }
            T plugin;
            try {
                plugin = handle.get();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                Throwable cause = e instanceof ServiceConfigurationError && e.getCause() != null ? e.getCause() : e;
                throw kind.failure("The " + kind.name() + " " + type.getName() + " from " + origin(type)
                        + " could not be created: " + describe(cause), e);
            }
            if (plugin == null) {
                throw kind.failure("The " + kind.name() + " " + type.getName() + " from " + origin(type)
                        + " produced no instance", null);
            }
            take(plugin, true);
            found++;
        }
        LOG.debug("{} {} plugin(s) found in {}", found, kind.name(), where);
        return this;
    }

    private boolean already(Class<?> type) {
        return loaded.stream().anyMatch(l -> l.plugin().getClass() == type);
    }

    private void take(T plugin, boolean discovered) {
        Class<?> type = plugin.getClass();
        String cls = type.getName();
        String origin = origin(type);
        String id;
        int version;
        try {
            id = plugin.id();
        } catch (RuntimeException | LinkageError e) {
            throw kind.failure("The " + kind.name() + " " + cls + " from " + origin + " failed to report its id: "
                    + describe(e), e);
        }
        if (id == null || !ID_RULE.matcher(id).matches()) {
            String shown = id == null ? "null" : "'" + (id.length() > 64 ? id.substring(0, 64) + "..." : id) + "'";
            throw kind.failure("The " + kind.name() + " " + cls + " from " + origin + " has an invalid id " + shown
                    + ": use 1 to 64 lower-case letters, digits and hyphens, starting with a letter or digit", null);
        }
        if (id.startsWith(RESERVED_PREFIX) && !ownClass(type)) {
            throw kind.failure("The " + kind.name() + " '" + id + "' (" + cls + " from " + origin + ") uses the prefix '"
                    + RESERVED_PREFIX + "', which is reserved for DVPP Kit's own plugins; choose another id", null);
        }
        try {
            version = plugin.spiVersion();
        } catch (AbstractMethodError e) {
            throw kind.failure("The " + kind.name() + " '" + id + "' (" + cls + " from " + origin + ") has no "
                    + "spiVersion(): it was built for an SPI older than version " + kind.spiVersion()
                    + ", which this DVPP Kit implements. Use a release of the plugin built for version "
                    + kind.spiVersion(), e);
        } catch (RuntimeException | LinkageError e) {
            throw kind.failure("The " + kind.name() + " '" + id + "' (" + cls + " from " + origin
                    + ") failed to report its SPI version: " + describe(e), e);
        }
        if (version != kind.spiVersion()) {
            throw kind.failure("The " + kind.name() + " '" + id + "' (" + cls + " from " + origin + ") was built for "
                    + kind.name() + " SPI version " + version + ", but this DVPP Kit implements version "
                    + kind.spiVersion() + ". Use a release of the plugin built for version " + kind.spiVersion(), null);
        }
        for (Loaded<T> l : loaded) {
            if (!l.info().id().equals(id)) {
                continue;
            }
            if (l.plugin() == plugin || (l.plugin().getClass() == type && (discovered || l.info().discovered()))) {
                LOG.debug("{} '{}' ({}) is already registered; counted once", kind.name(), id, cls);
                return;
            }
            throw kind.failure("Two " + kind.name() + "s have the id '" + id + "': " + describe(l.info()) + " and "
                    + cls + " from " + origin + (l.plugin().getClass() == type ? ", registered twice" : "")
                    + ". Ids must be unique: rename one or leave one off the module path", null);
        }
        PluginInfo info = new PluginInfo(kind.name(), id, version, cls, origin, discovered);
        loaded.add(new Loaded<>(plugin, info));
        LOG.debug("{} {} '{}' SPI version {}: {} from {}", discovered ? "discovered" : "registered", kind.name(), id,
                version, cls, origin);
    }

    private static String describe(PluginInfo info) {
        return info.className() + " from " + info.origin();
    }

    private static boolean ownClass(Class<?> type) {
        // DVPP Kit's own plugins live in an internal package of one of its modules (on the module path, a module named
        // org.dvpp.*; on the class path, the same packages); examples are third-party code
        Module m = type.getModule();
        String pkg = type.getPackageName();
        boolean ours = pkg.startsWith("org.dvpp.") && !pkg.startsWith("org.dvpp.examples.")
                && (pkg.endsWith(".internal") || pkg.contains(".internal."));
        return ours && (!m.isNamed() || m.getName().startsWith("org.dvpp.") && !m.getName().startsWith("org.dvpp.examples."));
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + firstLine(m));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static String location(Class<?> type) {
        Module m = type.getModule();
        if (m.isNamed() && m.getLayer() != null) {
            Optional<URI> uri = m.getLayer().configuration().findModule(m.getName())
                    .flatMap(r -> r.reference().location());
            if (uri.isPresent()) {
                return show(uri.get());
            }
        }
        try {
            CodeSource cs = type.getProtectionDomain().getCodeSource();
            if (cs != null && cs.getLocation() != null) {
                return show(cs.getLocation().toURI());
            }
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return "";
        }
        return "";
    }

    private static String show(@Nullable URI uri) {
        if (uri == null) {
            return "";
        }
        if ("file".equals(uri.getScheme())) {
            try {
                return Path.of(uri).toString();
            } catch (RuntimeException e) {
                return uri.toString();
            }
        }
        return uri.toString();
    }
}
