package org.dvpp.domain.casework;

import java.time.LocalDate;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * The evaluation at the end of his programme: what changed, in the worker's words, and per instrument and informant
 * the change from intake with its reliable-change verdict. His own and staff accounts are P1; the partner's accounts are
 * P0 and reach only those who may read P0.
 *
 * @param id the record's id
 * @param agency the agency
 * @param caseId the case
 * @param evaluatedOn when
 * @param whatChanged the evaluation in words (may speak of the people at risk)
 * @param changes the change per instrument by him, facilitators, referrers and others
 * @param partnerReported the change per instrument in partners' accounts
 * @param evaluatedBy who evaluated
 */
@org.dvpp.domain.Classified
public record CompletionEvaluation(RecordId id, AgencyId agency, CaseId caseId, LocalDate evaluatedOn,
        @Sensitive(DataClass.P0) @FreeText String whatChanged, @Sensitive(DataClass.P1) List<InstrumentChange> changes,
        @Sensitive(DataClass.P0) List<InstrumentChange> partnerReported, UserId evaluatedBy) {
    /** Checks every part. */
    public CompletionEvaluation {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(evaluatedOn, "evaluatedOn");
        Checks.optionalFreeText(whatChanged, "whatChanged", 8000);
        changes = Checks.list(changes, "changes");
        partnerReported = Checks.list(partnerReported, "partnerReported");
        Checks.required(evaluatedBy, "evaluatedBy");
    }

    @Override
    public String toString() {
        return "CompletionEvaluation[id=" + id + ", evaluatedOn=" + evaluatedOn + ", <p0>, <p1>]";
    }
}
