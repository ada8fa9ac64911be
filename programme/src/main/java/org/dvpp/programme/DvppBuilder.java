package org.dvpp.programme;

import com.google.inject.Guice;
import org.dvpp.domain.DataClass;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.dvpp.assessment.Instrument;
import org.dvpp.assessment.spi.InstrumentProvider;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.RuleCodes;
import org.dvpp.programme.internal.Prefetch;
import org.dvpp.programme.internal.Settings;
import org.dvpp.programme.internal.WiringModule;
import org.dvpp.storage.spi.KeyProvider;
import org.dvpp.storage.spi.StorageProvider;

/**
 * Configures a {@link Dvpp}. Required: a database ({@link #dataSource} for the host's, or {@link #embeddedDatabase}
 * for the embedded default) and a {@link #keyProvider KeyProvider}; there is no built-in key. Everything else has a
 * sensible default. Plugins are registered explicitly first; {@link #discoverPlugins()} adds those found by
 * {@link java.util.ServiceLoader} on the module path and class path.
 */
public final class DvppBuilder {
    private DataSource dataSource;
    private Path embeddedDirectory;
    private KeyProvider keyProvider;
    private Clock clock = Clock.systemUTC();
    private String storageProviderId;
    private final List<StorageProvider> storageProviders = new ArrayList<>();
    private AccessPolicy accessPolicy = AccessPolicy.standard();
    private List<EligibilityRule> eligibilityRules;
    private final List<EligibilityRule> extraRules = new ArrayList<>();
    private final List<ProgrammeEventListener> listeners = new ArrayList<>();
    private final List<CurriculumProvider> curricula = new ArrayList<>();
    private final List<Path> curriculumDirectories = new ArrayList<>();
    private final List<Instrument> instruments = new ArrayList<>();
    private final List<InstrumentProvider> instrumentProviders = new ArrayList<>();
    private final List<Path> instrumentDirectories = new ArrayList<>();
    private boolean discover;
    private Duration backgroundDispatch;
    private Duration retryBase = Duration.ofSeconds(2);
    private Duration retryMax = Duration.ofMinutes(10);
    private int transactionAttempts = 5;
    private String holidayCalendarId = "england-and-wales";
    private ConsentWithdrawalPolicy consentWithdrawal = ConsentWithdrawalPolicy.SUSPEND_PENDING_REVIEW;
    private FacilitatorRule facilitatorRule = FacilitatorRule.standard();
    private final java.util.Map<String, String> storageOptions = new java.util.LinkedHashMap<>();
    private final java.util.Set<String> needAreas = new java.util.LinkedHashSet<>(Casework.STANDARD_NEED_AREAS);
    private Duration breakTheGlassWindow = Duration.ZERO;
    private final java.util.EnumMap<RetentionClass, java.time.Period> retention = defaultRetention();

    private static java.util.EnumMap<RetentionClass, java.time.Period> defaultRetention() {
        java.util.EnumMap<RetentionClass, java.time.Period> m = new java.util.EnumMap<>(RetentionClass.class);
        for (RetentionClass c : RetentionClass.values()) {
            m.put(c, c.defaultPeriod());
        }
        return m;
    }
    private final List<SecurityEventListener> securityListeners = new ArrayList<>();

    DvppBuilder() {
    }

    /**
     * @param dataSource the host's database; the SDK never closes it
     * @return this builder
     */
    public DvppBuilder dataSource(DataSource dataSource) {
        this.dataSource = Checks.required(dataSource, "dataSource");
        return this;
    }

    /**
     * Uses the storage provider's embedded database (H2 with {@code dvpp-storage-jdbc}) in a directory.
     *
     * @param directory where its files live
     * @return this builder
     */
    public DvppBuilder embeddedDatabase(Path directory) {
        this.embeddedDirectory = Checks.required(directory, "directory");
        return this;
    }

    /**
     * @param keyProvider where the encryption keys come from (required: there is no built-in key)
     * @return this builder
     */
    public DvppBuilder keyProvider(KeyProvider keyProvider) {
        this.keyProvider = Checks.required(keyProvider, "keyProvider");
        return this;
    }

    /**
     * @param clock where time comes from (tests and simulations pass their own)
     * @return this builder
     */
    public DvppBuilder clock(Clock clock) {
        this.clock = Checks.required(clock, "clock");
        return this;
    }

    /**
     * Chooses the storage provider by id when more than one is available.
     *
     * @param id the provider's id
     * @return this builder
     */
    public DvppBuilder storageProvider(String id) {
        this.storageProviderId = Checks.text(id, "storageProvider", 80);
        return this;
    }

    /**
     * Registers a storage provider explicitly.
     *
     * @param provider the provider
     * @return this builder
     */
    public DvppBuilder addStorageProvider(StorageProvider provider) {
        storageProviders.add(Checks.required(provider, "provider"));
        return this;
    }

    /**
     * @param policy decides what each role may do
     * @return this builder
     * @throws PluginException if the policy's id or SPI version is refused, as for every plugin
     */
    public DvppBuilder accessPolicy(AccessPolicy policy) {
        Checks.required(policy, "accessPolicy");
        // the plugin platform's checks: its id, its SPI version and that they can be read at all
        org.dvpp.plugin.PluginLoader.of(AccessPolicy.KIND).add(policy);
        this.accessPolicy = policy;
        return this;
    }

    /**
     * Replaces the eligibility rules (the default is {@link EligibilityRules#defaults()}).
     *
     * @param rules the rules, every one of which must pass
     * @return this builder
     */
    public DvppBuilder eligibilityRules(List<EligibilityRule> rules) {
        this.eligibilityRules = Checks.list(rules, "eligibilityRules");
        return this;
    }

    /**
     * Adds an eligibility rule to the defaults (or to the rules set with {@link #eligibilityRules}).
     *
     * @param rule the rule
     * @return this builder
     */
    public DvppBuilder addEligibilityRule(EligibilityRule rule) {
        extraRules.add(Checks.required(rule, "rule"));
        return this;
    }

    /**
     * @param listener receives events from the outbox
     * @return this builder
     */
    public DvppBuilder addListener(ProgrammeEventListener listener) {
        listeners.add(Checks.required(listener, "listener"));
        return this;
    }

    /**
     * Registers a listener that belongs to one organisation of a deployment of several ({@link Partnerships}). It
     * receives that organisation's own events, and another organisation's events only of a case shared with it under
     * an information-sharing agreement in force: checked when the event is queued and again just before it is
     * delivered, so a revocation, an expiry or an ended share stops what is still queued. A listener registered with
     * {@link #addListener(ProgrammeEventListener)} belongs to the deployment and receives every organisation's events.
     *
     * @param organisation the organisation (agency) the listener belongs to
     * @param listener receives events from the outbox
     * @return this builder
     */
    public DvppBuilder addListener(org.dvpp.domain.AgencyId organisation, ProgrammeEventListener listener) {
        Checks.required(organisation, "organisation");
        listeners.add(new org.dvpp.programme.internal.ScopedListener(organisation, Checks.required(listener,
                "listener")));
        return this;
    }

    /**
     * @param provider an agency's own curricula
     * @return this builder
     */
    public DvppBuilder addCurriculumProvider(CurriculumProvider provider) {
        curricula.add(Checks.required(provider, "provider"));
        return this;
    }

    /**
     * @param directory a directory of curriculum JSON files
     * @return this builder
     */
    public DvppBuilder addCurriculumDirectory(Path directory) {
        curriculumDirectories.add(Checks.required(directory, "directory"));
        return this;
    }

    /**
     * @param instrument an instrument written in Java
     * @return this builder
     */
    public DvppBuilder addInstrument(Instrument instrument) {
        instruments.add(Checks.required(instrument, "instrument"));
        return this;
    }

    /**
     * @param provider a provider of instruments
     * @return this builder
     */
    public DvppBuilder addInstrumentProvider(InstrumentProvider provider) {
        instrumentProviders.add(Checks.required(provider, "provider"));
        return this;
    }

    /**
     * @param directory a directory of instrument JSON definitions
     * @return this builder
     */
    public DvppBuilder addInstrumentDirectory(Path directory) {
        instrumentDirectories.add(Checks.required(directory, "directory"));
        return this;
    }

    /**
     * Also uses plugins found by {@link java.util.ServiceLoader}: storage providers, curricula, instruments, eligibility
     * rules and listeners. Found plugins are logged at DEBUG; a broken or duplicate one stops the build with its name.
     *
     * @return this builder
     */
    public DvppBuilder discoverPlugins() {
        this.discover = true;
        return this;
    }

    /**
     * Delivers events in a background thread at this interval (otherwise the host calls
     * {@link Events#dispatchPending()}).
     *
     * @param interval how often to look for due events
     * @return this builder
     */
    public DvppBuilder dispatchInBackground(Duration interval) {
        Checks.required(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new InvalidInputException("interval", "positive", "the dispatch interval must be positive");
        }
        this.backgroundDispatch = interval;
        return this;
    }

    /**
     * @param base the first retry delay for a failing listener (doubled each time)
     * @param max the longest delay
     * @return this builder
     */
    public DvppBuilder retryBackoff(Duration base, Duration max) {
        Checks.required(base, "base");
        Checks.required(max, "max");
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new InvalidInputException("retryBackoff", "positive-and-ordered",
                    "the backoff base must be positive and at most the maximum");
        }
        this.retryBase = base;
        this.retryMax = max;
        return this;
    }

    /**
     * @param attempts how often a transaction is tried on a serialization failure (1 to 20)
     * @return this builder
     */
    public DvppBuilder transactionAttempts(int attempts) {
        this.transactionAttempts = Checks.range(attempts, "transactionAttempts", 1, 20);
        return this;
    }

    /**
     * @param id the holiday calendar sessions skip (default {@code england-and-wales})
     * @return this builder
     */
    public DvppBuilder holidayCalendar(String id) {
        this.holidayCalendarId = Checks.text(id, "holidayCalendar", 80);
        return this;
    }

    /**
     * @param rule who may run a group session (default {@link FacilitatorRule#standard()}: two qualified facilitators)
     * @return this builder
     */
    public DvppBuilder facilitatorRule(FacilitatorRule rule) {
        this.facilitatorRule = Checks.required(rule, "facilitatorRule");
        return this;
    }

    /**
     * @param policy what follows when a man withdraws his consent (default
     *     {@link ConsentWithdrawalPolicy#SUSPEND_PENDING_REVIEW})
     * @return this builder
     */
    public DvppBuilder consentWithdrawal(ConsentWithdrawalPolicy policy) {
        this.consentWithdrawal = Checks.required(policy, "consentWithdrawal");
        return this;
    }

    /**
     * Passes an option to the storage provider ({@link org.dvpp.storage.spi.StorageConfig.Builder#option}); the
     * provider refuses one it does not know when the SDK is built. The schema options are the ones an embedder
     * usually needs:
     * <ul>
     *   <li>{@link org.dvpp.storage.spi.StorageConfig#SHARED_SCHEMA} {@code "true"}: the SDK's tables go beside the
     *       host's own in the data source's schema (the host's tables may be created first);</li>
     *   <li>{@link org.dvpp.storage.spi.StorageConfig#HISTORY_TABLE}: the name of the SDK's migration history table
     *       (default {@code dvpp_schema_history});</li>
     *   <li>{@link org.dvpp.storage.spi.StorageConfig#SCHEMA}: a schema of the SDK's own instead.</li>
     * </ul>
     *
     * @param key the option's name
     * @param value its value
     * @return this builder
     */
    public DvppBuilder storageOption(String key, String value) {
        Checks.text(key, "key", 200);
        Checks.required(value, "value");
        if (org.dvpp.storage.spi.StorageConfig.CLOSE_EMBEDDED_DATABASE.equals(key)) {
            throw new InvalidInputException("key", "allowed-value", "the option " + key
                    + " is set by the SDK itself for the embedded database");
        }
        storageOptions.put(key, value);
        return this;
    }

    /**
     * Enables break-the-glass ({@link PartnerSupport#breakTheGlass}): a user holding {@link Permission#BREAK_THE_GLASS}
     * may open one person at risk's partner-support record, with a reason, for this long. Off unless set.
     *
     * @param window how long each access stays open (1 minute to 24 hours)
     * @return this builder
     */
    public DvppBuilder breakTheGlass(Duration window) {
        Checks.required(window, "window");
        if (window.compareTo(Duration.ofMinutes(1)) < 0 || window.compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidInputException("window", "range", "the break-the-glass window must be between 1 minute "
                    + "and 24 hours");
        }
        this.breakTheGlassWindow = window;
        return this;
    }

    /**
     * Sets how long a record class is kept after the man's last case closed, for {@link DataRights#applyRetention}
     * (defaults: {@link RetentionClass#defaultPeriod()}).
     *
     * @param recordClass the record class
     * @param period how long (at least one day, at most 100 years; no negative part)
     * @return this builder
     */
    public DvppBuilder retention(RetentionClass recordClass, java.time.Period period) {
        Checks.required(recordClass, "recordClass");
        Checks.required(period, "period");
        if (period.isNegative() || period.isZero() || period.toTotalMonths() > 1200 || period.getDays() < 0) {
            throw new InvalidInputException("period", "range", "a retention period is at least one day and at most "
                    + "100 years");
        }
        retention.put(recordClass, period);
        return this;
    }

    /**
     * Adds need areas of the agency's own to the needs assessment, beside the standard ones
     * ({@link Casework#STANDARD_NEED_AREAS}).
     *
     * @param areas area codes: lower-case letters, digits and hyphens, at most 40 characters (such as
     *     {@code immigration-status})
     * @return this builder
     */
    public DvppBuilder needAreas(java.util.Collection<String> areas) {
        for (String a : Checks.list(areas, "needAreas")) {
            if (!a.matches("[a-z][a-z0-9-]{0,39}")) {
                throw new InvalidInputException("needAreas", RuleCodes.PATTERN, "a need area is lower-case letters, "
                        + "digits and hyphens, at most 40 characters");
            }
            needAreas.add(a);
        }
        return this;
    }

    /**
     * @param listener receives the SDK's security events (break-the-glass, decryption failures); see
     *     {@link SecurityEventListener}
     * @return this builder
     */
    public DvppBuilder addSecurityEventListener(SecurityEventListener listener) {
        securityListeners.add(Checks.required(listener, "listener"));
        return this;
    }

    static {
        // the optional Guice integration (org.dvpp.guice) reads the settings through the internal package
        org.dvpp.programme.internal.BuilderAccess.install(DvppBuilder::settings);
    }

    /**
     * Builds the SDK: opens the storage (running its migrations) and checks every plugin.
     *
     * @return the thread-safe object the host keeps
     */
    public Dvpp build() {
        Settings s = settings();
        // the slow parts (database and migrations, keys, instruments, validator) start now, beside Guice's own start
        Prefetch started = new Prefetch(s);
        try {
            return Guice.createInjector(new WiringModule(s, started)).getInstance(Dvpp.class);
        } catch (RuntimeException e) {
            // the injector's front door has usually closed it already; this covers a failure before that
            started.abandon(e);
            throw sdkException(e);
        } catch (Error e) {
            started.abandon(e);
            throw e;
        }
    }

    /** @return the SDK's own exception behind Guice's wrapping (the first in the cause chain), or the failure itself */
    private static RuntimeException sdkException(RuntimeException failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DvppException d) {
                if (d != failure) {
                    for (Throwable suppressed : failure.getSuppressed()) {
                        d.addSuppressed(suppressed);
                    }
                }
                return d;
            }
        }
        return failure;
    }

    private Settings settings() {
        for (Role role : Role.values()) {
            if (role.perpetratorFacing() && accessPolicy.mayRead(role, DataClass.P0)) {
                throw new InvalidInputException("accessPolicy", "no-p0-for-perpetrator-facing-roles", "the access "
                        + "policy lets the perpetrator-facing role " + role + " read P0 data (people at risk and free "
                        + "text that may speak of them); no policy may");
            }
            for (Permission p : List.of(Permission.VIEW_PARTNER_SUPPORT, Permission.RECORD_PARTNER_SUPPORT,
                    Permission.BREAK_THE_GLASS, Permission.SUBJECT_ACCESS)) {
                if (role.perpetratorFacing() && accessPolicy.allows(role, p)) {
                    throw new InvalidInputException("accessPolicy", "no-p0-for-perpetrator-facing-roles", "the "
                            + "access policy lets the perpetrator-facing role " + role + " " + p + " (partner "
                            + "support's casework is P0); no policy may");
                }
            }
        }
        if (dataSource == null && embeddedDirectory == null) {
            throw new InvalidInputException("dataSource", "required",
                    "a database is required: dataSource(hostDataSource) or embeddedDatabase(directory)");
        }
        if (dataSource != null && embeddedDirectory != null) {
            throw new InvalidInputException("dataSource", "one-of",
                    "choose either the host's dataSource or an embeddedDatabase, not both");
        }
        if (keyProvider == null) {
            throw new InvalidInputException("keyProvider", "required", "a KeyProvider is required: sensitive fields are "
                    + "encrypted at rest and there is no built-in key");
        }
        List<EligibilityRule> rules = new ArrayList<>(eligibilityRules == null ? EligibilityRules.defaults()
                : eligibilityRules);
        rules.addAll(extraRules);
        return new Settings(Optional.ofNullable(dataSource), Optional.ofNullable(embeddedDirectory), keyProvider, clock,
                Optional.ofNullable(storageProviderId), List.copyOf(storageProviders), accessPolicy, List.copyOf(rules),
                List.copyOf(listeners), List.copyOf(curricula), List.copyOf(curriculumDirectories),
                List.copyOf(instruments), List.copyOf(instrumentProviders), List.copyOf(instrumentDirectories), discover,
                Optional.ofNullable(backgroundDispatch), retryBase, retryMax, transactionAttempts, holidayCalendarId,
                consentWithdrawal, java.util.Map.copyOf(storageOptions),
                java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(needAreas)), breakTheGlassWindow,
                List.copyOf(securityListeners), facilitatorRule, java.util.Collections.unmodifiableMap(
                        new java.util.EnumMap<>(retention)));
    }
}
