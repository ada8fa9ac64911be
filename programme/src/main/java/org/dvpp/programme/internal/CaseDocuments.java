package org.dvpp.programme.internal;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.UserId;
import org.dvpp.storage.spi.CaseDocument;
import org.dvpp.storage.spi.Transaction;

/**
 * Typed casework records kept as storage documents, one kind per record type, in the caller's transaction. A record of
 * another kind, case or agency is not found.
 *
 * @param <T> the record type
 */
final class CaseDocuments<T extends Record> {
    static final CaseDocuments<org.dvpp.domain.casework.NeedsAssessment> NEEDS = new CaseDocuments<>(
            "needs-assessment", org.dvpp.domain.casework.NeedsAssessment.class);
    static final CaseDocuments<org.dvpp.domain.casework.SupportPlan> PLANS = new CaseDocuments<>("support-plan",
            org.dvpp.domain.casework.SupportPlan.class);
    static final CaseDocuments<org.dvpp.domain.casework.MotivationSources> MOTIVATION = new CaseDocuments<>(
            "motivation-sources", org.dvpp.domain.casework.MotivationSources.class);
    static final CaseDocuments<org.dvpp.domain.casework.FamilyCircumstances> FAMILY = new CaseDocuments<>(
            "family", org.dvpp.domain.casework.FamilyCircumstances.class);
    static final CaseDocuments<org.dvpp.domain.participant.EqualityMonitoring> EQUALITY = new CaseDocuments<>(
            "equality-monitoring", org.dvpp.domain.participant.EqualityMonitoring.class);
    static final CaseDocuments<org.dvpp.domain.casework.PartnerReportedOutcome> PARTNER_OUTCOMES =
            new CaseDocuments<>("partner-outcome", org.dvpp.domain.casework.PartnerReportedOutcome.class);
    static final CaseDocuments<org.dvpp.domain.casework.CompletionEvaluation> EVALUATIONS = new CaseDocuments<>(
            "completion-evaluation", org.dvpp.domain.casework.CompletionEvaluation.class);
    static final CaseDocuments<org.dvpp.domain.casework.AftercarePlace> AFTERCARE_PLACES = new CaseDocuments<>(
            "aftercare-place", org.dvpp.domain.casework.AftercarePlace.class);
    static final CaseDocuments<org.dvpp.domain.casework.AftercareAttendance> AFTERCARE_ATTENDANCE =
            new CaseDocuments<>("aftercare-attendance", org.dvpp.domain.casework.AftercareAttendance.class);
    static final CaseDocuments<org.dvpp.domain.safety.MaracReferral> MARAC = new CaseDocuments<>("marac-referral",
            org.dvpp.domain.safety.MaracReferral.class);

    private final String kind;
    private final Class<T> type;

    private CaseDocuments(String kind, Class<T> type) {
        this.kind = kind;
        this.type = type;
    }

    /** A stored record with the document it came from (for an update). */
    record Stored<T>(T value, CaseDocument document) {
    }

    void insert(Transaction tx, RecordId id, CaseId caseId, UserId by, java.time.Instant at, T value) {
        tx.caseDocuments().insert(new CaseDocument(id.value(), tx.agency(), caseId, kind, at, by,
                DocumentCodec.encode(value), 0));
    }

    List<T> list(Transaction tx, CaseId caseId) {
        return tx.caseDocuments().listForCase(caseId, kind).stream().map(d -> DocumentCodec.decode(d.body(), type))
                .toList();
    }

    List<T> listForAgency(Transaction tx) {
        return tx.caseDocuments().listForAgency(kind).stream().map(d -> DocumentCodec.decode(d.body(), type))
                .toList();
    }

    Optional<T> latest(Transaction tx, CaseId caseId) {
        List<T> all = list(tx, caseId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    Stored<T> get(Transaction tx, RecordId id, String what) {
        CaseDocument d = tx.caseDocuments().find(id.value()).filter(x -> x.kind().equals(kind))
                .orElseThrow(() -> new NotFoundException(what, id));
        return new Stored<>(DocumentCodec.decode(d.body(), type), d);
    }

    T update(Transaction tx, Stored<T> stored, T next) {
        tx.caseDocuments().update(stored.document().withBody(DocumentCodec.encode(next)));
        return next;
    }
}
