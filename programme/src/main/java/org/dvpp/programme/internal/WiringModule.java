package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Alerts;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Completion;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.EligibilityRule;
import org.dvpp.programme.Groups;
import org.dvpp.programme.PluginException;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Reports;
import org.dvpp.programme.Safety;
import org.dvpp.storage.spi.Storage;
import org.dvpp.storage.spi.StorageConfig;
import org.dvpp.storage.spi.StorageProvider;
import org.dvpp.storage.spi.StorageProviders;

/**
 * Binds the SDK. {@code configure()} only declares bindings; storage is opened, and plugins are discovered, by the
 * provider methods when the injector first needs them (at {@code build()}), never while modules are configured.
 */
public final class WiringModule extends AbstractModule {
    private final Settings settings;

    /** @param settings what the builder collected */
    public WiringModule(Settings settings) {
        this.settings = settings;
    }

    @Override
    protected void configure() {
        bind(Settings.class).toInstance(settings);
        bind(Agencies.class).to(AgenciesImpl.class).in(Singleton.class);
        bind(Assessments.class).to(AssessmentsImpl.class).in(Singleton.class);
        bind(RiskRecorder.class).in(Singleton.class);
        bind(Referrals.class).to(ReferralsImpl.class).in(Singleton.class);
        bind(Cases.class).to(CasesImpl.class).in(Singleton.class);
        bind(Safety.class).to(SafetyImpl.class).in(Singleton.class);
        bind(Groups.class).to(GroupsImpl.class).in(Singleton.class);
        bind(Completion.class).to(CompletionImpl.class).in(Singleton.class);
        bind(Alerts.class).to(AlertsImpl.class).in(Singleton.class);
        bind(Reports.class).to(ReportsImpl.class).in(Singleton.class);
        bind(Dvpp.class).to(DefaultDvpp.class).in(Singleton.class);
    }

    /**
     * Work started in the background as soon as the injector needs storage, so that loading the instruments and building
     * the validator overlap with opening the database and running its migrations.
     */
    static final class Prefetch {
        final CompletableFuture<InstrumentRegistry> instruments;
        final CompletableFuture<InputValidator> validator;

        Prefetch(Settings s) {
            ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "dvpp-start-up");
                t.setDaemon(true);
                return t;
            });
            try {
                instruments = CompletableFuture.supplyAsync(() -> registry(s), pool);
                validator = CompletableFuture.supplyAsync(() -> new InputValidator(s.clock()), pool);
            } finally {
                pool.shutdown(); // the two tasks still run to the end
            }
        }

        static <T> T join(CompletableFuture<T> f) {
            try {
                return f.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }
    }

    @Provides
    @Singleton
    Prefetch prefetch(Settings s) {
        return new Prefetch(s);
    }

    @Provides
    @Singleton
    Storage storage(Settings s, Prefetch prefetch) {
        List<StorageProvider> providers = StorageProviders.combine(s.storageProviders(),
                s.discover() || s.storageProviders().isEmpty());
        StorageProvider provider;
        if (s.storageProviderId().isPresent()) {
            String id = s.storageProviderId().get();
            provider = providers.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() ->
                    new PluginException("No storage provider '" + id + "'; found " + ids(providers)));
        } else if (providers.size() == 1) {
            provider = providers.get(0);
        } else if (providers.isEmpty()) {
            throw new PluginException("No storage provider found: put dvpp-storage-jdbc (or another implementation) on "
                    + "the module or class path, or register one with addStorageProvider(...)");
        } else {
            throw new PluginException("Several storage providers found " + ids(providers)
                    + ": choose one with storageProvider(id)");
        }
        DataSource ds = s.dataSource().orElseGet(() -> provider.embeddedDataSource(s.embeddedDirectory().orElseThrow())
                .orElseThrow(() -> new PluginException("The storage provider '" + provider.id() + "' ("
                        + provider.getClass().getName() + ") has no embedded database; pass a dataSource")));
        return provider.open(StorageConfig.builder(ds).keyProvider(s.keyProvider()).clock(s.clock())
                .maxAttempts(s.transactionAttempts()).build());
    }

    private static List<String> ids(List<StorageProvider> providers) {
        return providers.stream().map(p -> p.id() + " (" + p.getClass().getName() + ")").toList();
    }

    @Provides
    @Singleton
    Kernel kernel(Settings s, Storage storage, Prefetch prefetch) {
        return new Kernel(storage, s.clock(), s.accessPolicy(), Prefetch.join(prefetch.validator), new EventCodec());
    }

    @Provides
    @Singleton
    EligibilityRuleSet eligibilityRules(Settings s) {
        return new EligibilityRuleSet(Plugins.combine("eligibility rule", EligibilityRule.class,
                s.eligibilityRules(), s.discover(), EligibilityRule::id, EligibilityRule::spiVersion,
                EligibilityRule.SPI_VERSION));
    }

    @Provides
    @Singleton
    CurriculumSupport curricula(Settings s) {
        CurriculumCatalogue.Builder b = CurriculumCatalogue.builder();
        for (CurriculumProvider p : s.curricula()) {
            b.add(p);
        }
        int n = 0;
        for (var dir : s.curriculumDirectories()) {
            b.addDirectory("directory-" + (++n), dir);
        }
        // the built-in curricula are themselves a provider found on the module path
        b.discoverProviders();
        HolidayCalendars calendars = HolidayCalendars.discover();
        return new CurriculumSupport(b.build(), calendars.get(s.holidayCalendarId()));
    }

    @Provides
    @Singleton
    InstrumentRegistry instruments(Prefetch prefetch) {
        return Prefetch.join(prefetch.instruments);
    }

    static InstrumentRegistry registry(Settings s) {
        InstrumentRegistry.Builder b = InstrumentRegistry.builder();
        // the built-ins are themselves a provider on the module path: discovery finds them, otherwise add them
        if (s.discover()) {
            b.discover();
        } else {
            b.addBuiltIns();
        }
        s.instrumentProviders().forEach(b::addProvider);
        s.instruments().forEach(b::add);
        s.instrumentDirectories().forEach(b::addDirectory);
        return b.build();
    }

    @Provides
    @Singleton
    EventsImpl events(Settings s, Kernel k) {
        List<ProgrammeEventListener> listeners = Plugins.combine("event listener", ProgrammeEventListener.class,
                s.listeners(), s.discover(), ProgrammeEventListener::id, ProgrammeEventListener::spiVersion,
                ProgrammeEventListener.SPI_VERSION);
        EventsImpl events = new EventsImpl(k.storage, k.codec, listeners, s.retryBase(), s.retryMax());
        s.backgroundDispatch().ifPresent(events::startBackground);
        return events;
    }
}
