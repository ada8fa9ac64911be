package org.dvpp.programme;

import java.time.Instant;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.Sensitive;
import org.dvpp.programme.internal.SarRender;

/**
 * A person at risk's subject access bundle, as {@link SubjectAccess#personAtRiskBundle} makes it: her own
 * partner-support record (P0 throughout), with the man's data withheld and listed.
 *
 * @param agency the agency that holds the data
 * @param person her id
 * @param producedAt when the bundle was made (by the SDK's clock)
 * @param sections her records, by kind
 * @param withheld what was left out, and under which exemption
 * @param forReview her free text, included, that a reviewer should read before release
 */
@org.dvpp.domain.Classified
public record PartnerAccessBundle(AgencyId agency, PersonAtRiskId person, Instant producedAt,
        @Sensitive(DataClass.P0) List<SubjectAccess.Section> sections, List<SubjectAccess.Withheld> withheld,
        List<SubjectAccess.ReviewFlag> forReview) {
    /** Checks and copies every part. */
    public PartnerAccessBundle {
        Checks.required(agency, "agency");
        Checks.required(person, "person");
        Checks.required(producedAt, "producedAt");
        sections = Checks.list(sections, "sections");
        withheld = Checks.list(withheld, "withheld");
        forReview = Checks.list(forReview, "forReview");
    }

    /** @return the bundle as pretty-printed JSON */
    public String toJson() {
        return SarRender.json("person-at-risk", person.value().toString(), agency, producedAt, sections, withheld,
                forReview);
    }

    /** @return the bundle as one self-contained HTML page (no script, no outside resource), printable */
    public String toHtml() {
        return SarRender.html("Subject access: your partner-support record", agency, producedAt, sections, withheld,
                forReview);
    }

    @Override
    public String toString() {
        return "PartnerAccessBundle[person=" + person + ", sections=" + sections.size() + ", <p0>]";
    }
}
