package org.dvpp.storage.spi;

import java.time.Instant;
import java.util.UUID;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;

/**
 * A casework record kept whole as one document: a needs assessment, a support plan, a MARAC referral, a partner's
 * account of change. The programme layer encodes the typed record into {@code body}; storage keeps the body encrypted
 * at rest as one sealed field (it may hold P0 data), and the kind, case, dates and version in the clear for lookup.
 *
 * @param id the document's id
 * @param agency the agency
 * @param caseId the case it belongs to
 * @param kind what it is, a short code such as {@code needs-assessment} (letters, digits and hyphens, at most 40)
 * @param recordedAt when it was first recorded
 * @param recordedBy who recorded it
 * @param body the encoded record (encrypted at rest)
 * @param version the stored version (0 when new; an update must pass the version it read)
 * @since 0.2
 */
@org.dvpp.domain.Classified
public record CaseDocument(UUID id, AgencyId agency, CaseId caseId, String kind, Instant recordedAt,
        UserId recordedBy, @Sensitive(DataClass.P0) String body, long version) {
    private static final java.util.regex.Pattern KIND = java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** Checks every part. */
    public CaseDocument {
        Checks.required(id, "id");
        Checks.required(agency, "agency");
        Checks.required(caseId, "caseId");
        Checks.required(kind, "kind");
        if (!KIND.matcher(kind).matches()) {
            throw new org.dvpp.domain.InvalidInputException("kind", org.dvpp.domain.RuleCodes.PATTERN,
                    "kind must be lower-case letters, digits and hyphens, at most 40 characters");
        }
        Checks.required(recordedAt, "recordedAt");
        Checks.required(recordedBy, "recordedBy");
        Checks.required(body, "body");
    }

    /**
     * @param newBody the new body
     * @return this document with another body, carrying the version it was read with
     */
    public CaseDocument withBody(String newBody) {
        return new CaseDocument(id, agency, caseId, kind, recordedAt, recordedBy, newBody, version);
    }

    @Override
    public String toString() {
        return "CaseDocument[id=" + id + ", kind=" + kind + ", caseId=" + caseId + ", version=" + version
                + ", body=<p0>]";
    }
}
