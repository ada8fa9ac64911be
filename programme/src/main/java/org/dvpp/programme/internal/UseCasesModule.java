package org.dvpp.programme.internal;

import com.google.inject.AbstractModule;
import com.google.inject.Provider;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Alerts;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Casework;
import org.dvpp.programme.Completion;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Reports;
import org.dvpp.programme.Safety;

/**
 * The use cases behind the public facades, and the front door itself.
 */
final class UseCasesModule extends AbstractModule {
    @Override
    protected void configure() {
        bind(Agencies.class).to(AgenciesImpl.class).in(Singleton.class);
        bind(Assessments.class).to(AssessmentsImpl.class).in(Singleton.class);
        bind(RiskRecorder.class).in(Singleton.class);
        bind(Referrals.class).to(ReferralsImpl.class).in(Singleton.class);
        bind(Cases.class).to(CasesImpl.class).in(Singleton.class);
        bind(Safety.class).to(SafetyImpl.class).in(Singleton.class);
        bind(Groups.class).to(GroupsImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.PartnerSupport.class).to(PartnerSupportImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Partnerships.class).to(PartnershipsImpl.class).in(Singleton.class);
        bind(Completion.class).to(CompletionImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Pathways.class).to(PathwaysImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Facilitators.class).to(FacilitatorsImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Corrections.class).to(CorrectionsImpl.class).in(Singleton.class);
        bind(Alerts.class).to(AlertsImpl.class).in(Singleton.class);
        bind(Reports.class).to(ReportsImpl.class).in(Singleton.class);
        bind(Casework.class).to(CaseworkImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Aftercare.class).to(AftercareImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.SubjectAccess.class).to(SubjectAccessImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.Research.class).to(ResearchImpl.class).in(Singleton.class);
        bind(org.dvpp.programme.DataRights.class).to(DataRightsImpl.class).in(Singleton.class);
    }

    /**
     * The front door. If any part of it cannot be built (a broken plugin, say), what start-up had already opened is
     * closed before the failure goes on, so that a failed injector leaves no database open.
     */
    @Provides
    @Singleton
    Dvpp dvpp(Prefetch prefetch, Provider<DefaultDvpp> wired) {
        // a second attempt in an injector whose first failed would find the storage closed: refuse it plainly
        prefetch.checkNotAbandoned();
        try {
            return wired.get();
        } catch (RuntimeException | Error e) {
            prefetch.abandon(e);
            throw e;
        }
    }
}
