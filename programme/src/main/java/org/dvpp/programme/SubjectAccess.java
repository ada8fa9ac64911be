package org.dvpp.programme;

import java.util.List;
import java.util.Optional;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.Classified;
import org.dvpp.domain.PersonAtRiskId;

/**
 * Subject access (UK GDPR Art. 15): the bundle of what the SDK holds about one person, to hand over after review, as
 * JSON ({@link SubjectAccessBundle#toJson()}) and as a self-contained HTML page ({@link SubjectAccessBundle#toHtml()}).
 *
 * <p>A man's bundle ({@link #participantBundle}) holds every record of every case he has had: his referrals, cases and
 * their history, eligibility, suitability and consent, assessments, attendance, one-to-ones and places, check-ins,
 * needs, support plans, motivation, his parent status, equality monitoring, completion evaluations, onward referrals
 * and voided records. What is about other people is withheld and listed with its exemption ({@link Exemption}): every
 * record about a person at risk (partners, ex-partners, children), partners' own accounts and partner support's
 * casework with them, his risk events, information-sharing entries and MARAC referrals (which may show that she
 * disclosed abuse or sought help: withheld under the serious harm test until a reviewer releases them), and every
 * {@link org.dvpp.domain.DataClass#P0} field of his own records (reasons, notes and summaries may speak of them). Each
 * withheld text is also flagged for review ({@link ReviewFlag}), and one that names a person linked to his case is
 * flagged as such, so that a reviewer can decide what may be released after redaction. No P0 value, and no id of a
 * person at risk, is ever in his bundle.
 *
 * <p>A person at risk's bundle ({@link #personAtRiskBundle}) holds her own partner-support record: her details, her
 * worker, contacts and attempts, her accounts, safety plans and signposting. What is his (the notifications about his
 * case, the ids of his case and of him) is withheld; her free text is included and flagged for review, as it may speak
 * of him or of children.
 *
 * <p>Both need {@link Permission#SUBJECT_ACCESS} (in the standard policy the data protection officer alone), are
 * audited as an {@code EXPORT} of the subject, and treat an unknown subject, or another agency's, as not found.
 */
public interface SubjectAccess {

    /**
     * The bundle for a man: everything the SDK holds about him across all his cases, third-party data withheld.
     *
     * @param user who answers the request (needs {@link Permission#SUBJECT_ACCESS})
     * @param caseId any of his cases
     * @return his bundle
     */
    SubjectAccessBundle participantBundle(ActingUser user, CaseId caseId);

    /**
     * The bundle for a person at risk: her own partner-support record, the man's data withheld.
     *
     * @param user who answers the request (needs {@link Permission#SUBJECT_ACCESS})
     * @param person the person at risk
     * @return her bundle
     */
    PartnerAccessBundle personAtRiskBundle(ActingUser user, PersonAtRiskId person);

    /** Why an item was withheld from a bundle: the exemption in the Data Protection Act 2018 it falls under. */
    enum Exemption {
        /** information about another individual who has not consented (Schedule 2 Part 3 paragraph 16) */
        THIRD_PARTY("DPA 2018 Sch. 2 Part 3 para 16: information relating to another individual"),
        /** disclosure likely to cause serious harm to the physical or mental health of any individual (Schedule 3) */
        SERIOUS_HARM("DPA 2018 Sch. 3 (health and social work data): disclosure likely to cause serious harm to the "
                + "physical or mental health of any individual");

        private final String basis;

        Exemption(String basis) {
            this.basis = basis;
        }

        /** @return the exemption in words, with its place in the Act */
        public String basis() {
            return basis;
        }
    }

    /**
     * One section of a bundle: one kind of record.
     *
     * @param title what the records are
     * @param entries the records, oldest first where they have a date
     */
    @Classified
    record Section(String title, List<Entry> entries) {
        /** Checks and copies. */
        public Section {
            Checks.text(title, "title", 200);
            entries = Checks.list(entries, "entries");
        }
    }

    /**
     * One record in a bundle, as named fields and their values in words.
     *
     * @param kind the kind of record
     * @param id its id (empty when it has none of its own)
     * @param fields its fields, in order; nested parts are named {@code part.field}, list items {@code list[0]}
     */
    @Classified
    record Entry(String kind, String id, List<Field> fields) {
        /** Checks and copies. */
        public Entry {
            Checks.text(kind, "kind", 200);
            Checks.required(id, "id");
            fields = Checks.list(fields, "fields");
        }
    }

    /**
     * One field of a record in a bundle.
     *
     * @param name its name
     * @param value its value in words
     */
    @Classified
    record Field(String name, String value) {
        /** Checks the parts. */
        public Field {
            Checks.required(name, "name");
            Checks.required(value, "value");
        }
    }

    /**
     * An item left out of a bundle, and why. It names where the item was, never what it held.
     *
     * @param section the section it would have been in
     * @param kind the kind of record
     * @param recordId the record's id, when it is the subject's own record (never the id of a record about someone
     *     else)
     * @param field the field withheld, or {@code *} for the whole record
     * @param exemption why
     */
    @Classified
    record Withheld(String section, String kind, Optional<String> recordId, String field, Exemption exemption) {
        /** Checks the parts. */
        public Withheld {
            Checks.required(section, "section");
            Checks.required(kind, "kind");
            Checks.required(recordId, "recordId");
            Checks.required(field, "field");
            Checks.required(exemption, "exemption");
        }
    }

    /**
     * A text a person must read before the bundle is released.
     *
     * @param section the section
     * @param kind the kind of record
     * @param recordId the record's id, when it is the subject's own record
     * @param field the field
     * @param reason why it needs review
     * @param withheld whether the text is withheld from the bundle (a man's) or included in it (hers)
     */
    @Classified
    record ReviewFlag(String section, String kind, Optional<String> recordId, String field, String reason,
            boolean withheld) {
        /** Checks the parts. */
        public ReviewFlag {
            Checks.required(section, "section");
            Checks.required(kind, "kind");
            Checks.required(recordId, "recordId");
            Checks.required(field, "field");
            Checks.required(reason, "reason");
        }
    }

    /** The review reason of a withheld text that names a person at risk or a child linked to his case. */
    String NAMES_LINKED_PERSON = "names a person at risk or a child linked to the case";
    /**
     * The review reason of his risk events, information-sharing entries and MARAC referrals, withheld as kinds: they
     * may show that a person at risk disclosed abuse or sought help.
     */
    String MAY_REVEAL_DISCLOSURE = "may show that a person at risk disclosed abuse or sought help: apply the serious "
            + "harm test before releasing any of it";
    /** The review reason of any other withheld or included free text. */
    String MAY_SPEAK_OF_OTHERS = "free text that may speak of other people";
}
