package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.dvpp.assessment.InstrumentRegistry;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.spi.CurriculumProvider;
import org.dvpp.plugin.PluginLoader;
import org.dvpp.programme.EligibilityRule;

/**
 * Plugins: eligibility rules, curricula and holiday calendars, and the instruments.
 */
final class PluginsModule extends AbstractModule {
    @Provides
    @Singleton
    EligibilityRuleSet eligibilityRules(Settings s) {
        PluginLoader<EligibilityRule> loader = PluginLoader.of(EligibilityRule.KIND).addAll(s.eligibilityRules());
        return new EligibilityRuleSet((s.discover() ? loader.discover() : loader).plugins());
    }

    @Provides
    @Singleton
    CurriculumSupport curricula(Prefetch prefetch) {
        return Prefetch.join(prefetch.curricula);
    }

    /**
     * @param s the settings
     * @return the curricula (added, from directories and discovered) and the holiday calendar chosen
     */
    static CurriculumSupport loadCurricula(Settings s) {
        CurriculumCatalogue.Builder b = CurriculumCatalogue.builder();
        for (CurriculumProvider p : s.curricula()) {
            b.add(p);
        }
        int n = 0;
        for (var dir : s.curriculumDirectories()) {
            b.addDirectory("directory-" + (++n), dir);
        }
        // the built-in curricula are themselves a provider found on the module path
        b.discover();
        HolidayCalendars calendars = HolidayCalendars.discover();
        return new CurriculumSupport(b.build(), calendars.get(s.holidayCalendarId()));
    }

    @Provides
    @Singleton
    InstrumentRegistry instruments(Prefetch prefetch) {
        return Prefetch.join(prefetch.instruments);
    }
}
