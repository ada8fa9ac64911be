package org.dvpp.programme;

import java.time.Instant;
import java.util.List;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.programme.internal.SarRender;

/**
 * A man's subject access bundle, as {@link SubjectAccess#participantBundle} makes it: his own records (P1 and P2), with
 * everything about other people withheld and listed.
 *
 * @param agency the agency that holds the data
 * @param reference his reference
 * @param producedAt when the bundle was made (by the SDK's clock)
 * @param sections his records, by kind
 * @param withheld what was left out, and under which exemption
 * @param forReview the withheld texts a reviewer should read before release (the flags are for the reviewer)
 */
@org.dvpp.domain.Classified
public record SubjectAccessBundle(AgencyId agency, String reference, Instant producedAt,
        @Sensitive(DataClass.P1) List<SubjectAccess.Section> sections, List<SubjectAccess.Withheld> withheld,
        List<SubjectAccess.ReviewFlag> forReview) {
    /** Checks and copies every part. */
    public SubjectAccessBundle {
        Checks.required(agency, "agency");
        Checks.required(reference, "reference");
        Checks.required(producedAt, "producedAt");
        sections = Checks.list(sections, "sections");
        withheld = Checks.list(withheld, "withheld");
        forReview = Checks.list(forReview, "forReview");
    }

    /** @return the bundle as pretty-printed JSON */
    public String toJson() {
        return SarRender.json("participant", reference, agency, producedAt, sections, withheld, forReview);
    }

    /** @return the bundle as one self-contained HTML page (no script, no outside resource), printable */
    public String toHtml() {
        return SarRender.html("Subject access: " + reference, agency, producedAt, sections, withheld, forReview);
    }

    @Override
    public String toString() {
        return "SubjectAccessBundle[reference=" + reference + ", sections=" + sections.size() + ", withheld="
                + withheld.size() + ", <p1>]";
    }
}
