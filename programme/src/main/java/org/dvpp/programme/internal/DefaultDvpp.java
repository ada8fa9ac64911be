package org.dvpp.programme.internal;

import jakarta.inject.Inject;
import org.dvpp.programme.Agencies;
import org.dvpp.programme.Alerts;
import org.dvpp.programme.Assessments;
import org.dvpp.programme.Cases;
import org.dvpp.programme.Casework;
import org.dvpp.programme.Completion;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Events;
import org.dvpp.programme.Groups;
import org.dvpp.programme.PartnerSupport;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Reports;
import org.dvpp.programme.Safety;
import org.dvpp.storage.spi.Storage;

/** The front door, wired by Guice. */
final class DefaultDvpp implements Dvpp {
    private final Agencies agencies;
    private final Referrals referrals;
    private final Cases cases;
    private final Assessments assessments;
    private final Safety safety;
    private final Groups groups;
    private final PartnerSupport partnerSupport;
    private final org.dvpp.programme.Partnerships partnerships;
    private final org.dvpp.programme.SubjectAccess subjectAccess;
    private final org.dvpp.programme.Research research;
    private final Completion completion;
    private final org.dvpp.programme.Pathways pathways;
    private final org.dvpp.programme.Facilitators facilitators;
    private final org.dvpp.programme.Corrections corrections;
    private final Alerts alerts;
    private final Reports reports;
    private final EventsImpl events;
    private final Casework casework;
    private final Storage storage;
    private final InputValidator validator;
    private final org.dvpp.programme.DataRights dataRights;

    /**
     * @param agencies the agency
     * @param referrals referrals
     * @param cases cases
     * @param assessments assessments
     * @param safety safety
     * @param groups groups
     * @param completion completion
     * @param alerts alerts
     * @param reports reports
     * @param events event delivery
     * @param kernel shared services (closed with this object)
     * @param casework needs, plans, motivation, family and equality monitoring
     * @param partnerSupport partner support's casework
     * @param subjectAccess subject access bundles
     * @param research research exports
     * @param dataRights restriction, erasure and retention
     * @param partnerships agreements with other organisations and cases shared under them
     */
    @Inject
    DefaultDvpp(Agencies agencies, Referrals referrals, Cases cases, Assessments assessments, Safety safety, Groups groups, Completion completion,
            Alerts alerts, Reports reports, EventsImpl events, Kernel kernel, Casework casework,
            PartnerSupport partnerSupport, org.dvpp.programme.Pathways pathways,
            org.dvpp.programme.Facilitators facilitators, org.dvpp.programme.Corrections corrections,
            org.dvpp.programme.SubjectAccess subjectAccess, org.dvpp.programme.Research research,
            org.dvpp.programme.DataRights dataRights, org.dvpp.programme.Partnerships partnerships) {
        this.partnerships = partnerships;
        this.subjectAccess = subjectAccess;
        this.research = research;
        this.dataRights = dataRights;
        this.partnerSupport = partnerSupport;
        this.pathways = pathways;
        this.facilitators = facilitators;
        this.corrections = corrections;
        this.agencies = agencies;
        this.referrals = referrals;
        this.cases = cases;
        this.assessments = assessments;
        this.safety = safety;
        this.groups = groups;
        this.completion = completion;
        this.alerts = alerts;
        this.reports = reports;
        this.events = events;
        this.casework = casework;
        this.storage = kernel.storage;
        this.audit = new AuditImpl(kernel);
        this.validator = kernel.validator;
    }

    @Override
    public Agencies agencies() {
        return agencies;
    }

    @Override
    public Referrals referrals() {
        return referrals;
    }

    @Override
    public Cases cases() {
        return cases;
    }

    @Override
    public Casework casework() {
        return casework;
    }

    @Override
    public Assessments assessments() {
        return assessments;
    }

    @Override
    public Safety safety() {
        return safety;
    }

    @Override
    public org.dvpp.programme.Partnerships partnerships() {
        return partnerships;
    }

    @Override
    public PartnerSupport partnerSupport() {
        return partnerSupport;
    }

    @Override
    public org.dvpp.programme.SubjectAccess subjectAccess() {
        return subjectAccess;
    }

    @Override
    public org.dvpp.programme.Research research() {
        return research;
    }

    @Override
    public Groups groups() {
        return groups;
    }

    @Override
    public org.dvpp.programme.Pathways pathways() {
        return pathways;
    }

    @Override
    public org.dvpp.programme.Facilitators facilitators() {
        return facilitators;
    }

    @Override
    public org.dvpp.programme.Corrections corrections() {
        return corrections;
    }

    @Override
    public org.dvpp.programme.DataRights dataRights() {
        return dataRights;
    }

    @Override
    public Completion completion() {
        return completion;
    }

    /** Aftercare, injected by method so the constructor keeps its parameters. */
    private org.dvpp.programme.Aftercare aftercare;

    /** @param aftercare aftercare places and attendance */
    @Inject
    void aftercare(org.dvpp.programme.Aftercare aftercare) {
        this.aftercare = aftercare;
    }

    @Override
    public org.dvpp.programme.Aftercare aftercare() {
        return aftercare;
    }

    @Override
    public Alerts alerts() {
        return alerts;
    }

    private final org.dvpp.programme.Audit audit;

    @Override
    public void refreshKeys() {
        storage.refreshKeys();
    }

    @Override
    public org.dvpp.programme.Audit audit() {
        return audit;
    }

    @Override
    public Reports reports() {
        return reports;
    }

    @Override
    public Events events() {
        return events;
    }

    @Override
    public void close() {
        events.close();
        storage.close();
        validator.close();
    }
}
