package org.dvpp.domain.casework;

import java.time.LocalDate;
import org.dvpp.domain.Checks;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.ReferralId;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.UserId;
import org.dvpp.domain.participant.Consent;

/**
 * Everything that can be asked of a case. {@link CaseLifecycle#handle} accepts or refuses each one. Commands that
 * move the case to another state are transitions (each yields exactly one {@link CaseStatusChanged}); the others record
 * facts the guards read (consent, partner contact) and change no state.
 */
public sealed interface CaseCommand {

    /** The code of the start-screening command. */
    String START_SCREENING = "start-screening";

    /** The code of the complete-screening command. */
    String COMPLETE_SCREENING = "complete-screening";

    /** The code of the decide-suitability command. */
    String DECIDE_SUITABILITY = "decide-suitability";

    /** The code of the record-consent command. */
    String RECORD_CONSENT = "record-consent";

    /** The code of the withdraw-consent command. */
    String WITHDRAW_CONSENT = "withdraw-consent";

    /** The code of the record-partner-contacts command. */
    String RECORD_PARTNER_CONTACTS = "record-partner-contacts";

    /** The code of the record-partner-contact-absence command. */
    String RECORD_PARTNER_CONTACT_ABSENCE = "record-partner-contact-absence";

    /** The code of the review-partner-contact-absence command. */
    String REVIEW_PARTNER_CONTACT_ABSENCE = "review-partner-contact-absence";

    /** The code of the start-programme command. */
    String START_PROGRAMME = "start-programme";

    /** The code of the complete command. */
    String COMPLETE = "complete";

    /** The code of the withdraw command. */
    String WITHDRAW = "withdraw";

    /** The code of the exclude command. */
    String EXCLUDE = "exclude";

    /** The code of the return-to-referrer command. */
    String RETURN_TO_REFERRER = "return-to-referrer";

    /** The code of the start-aftercare command. */
    String START_AFTERCARE = "start-aftercare";

    /** The code of the close command. */
    String CLOSE = "close";

    /** The code of the suspend command. */
    String SUSPEND = "suspend";

    /** The code of the resume command. */
    String RESUME = "resume";

    /** The code of the reopen command. */
    String REOPEN = "reopen";

    /** The code of the re-refer command. */
    String RE_REFER = "re-refer";


    /** @return a stable code for the command, used in history and events, such as {@code start-programme} */
    String code();

    /** @return whether the command moves the case to another state */
    default boolean isTransition() {
        return true;
    }

    /** Begin eligibility screening. */
    @org.dvpp.domain.Classified
    record StartScreening() implements CaseCommand {
        @Override
        public String code() {
            return START_SCREENING;
        }
    }

    /**
     * Record the screening result: passed goes on to assessment, failed ends as ineligible.
     *
     * @param outcome the result
     */
    @org.dvpp.domain.Classified
    record CompleteScreening(EligibilityOutcome outcome) implements CaseCommand {
        /** Checks the outcome. */
        public CompleteScreening {
            Checks.required(outcome, "outcome");
        }

        @Override
        public String code() {
            return COMPLETE_SCREENING;
        }
    }

    /**
     * Record the suitability decision: suitable goes on to await a group, unsuitable ends. Needs a supervisor's sign-off.
     *
     * @param decision the decision
     */
    @org.dvpp.domain.Classified
    record DecideSuitability(SuitabilityDecision decision) implements CaseCommand {
        /** Checks the decision. */
        public DecideSuitability {
            Checks.required(decision, "decision");
        }

        @Override
        public String code() {
            return DECIDE_SUITABILITY;
        }
    }

    /**
     * Record a signed consent form (replacing an earlier one).
     *
     * @param consent the consent
     */
    @org.dvpp.domain.Classified
    record RecordConsent(Consent consent) implements CaseCommand {
        /** Checks the consent. */
        public RecordConsent {
            Checks.required(consent, "consent");
        }

        @Override
        public String code() {
            return RECORD_CONSENT;
        }

        @Override
        public boolean isTransition() {
            return false;
        }
    }

    /**
     * Record that he withdrew his consent.
     *
     * @param on the date
     */
    @org.dvpp.domain.Classified
    record WithdrawConsent(LocalDate on) implements CaseCommand {
        /** Checks the date. */
        public WithdrawConsent {
            Checks.required(on, "on");
        }

        @Override
        public String code() {
            return WITHDRAW_CONSENT;
        }

        @Override
        public boolean isTransition() {
            return false;
        }
    }

    /**
     * Record that contact details for this many people at risk are held.
     *
     * @param people how many
     */
    @org.dvpp.domain.Classified
    record RecordPartnerContacts(int people) implements CaseCommand {
        /** Checks the count. */
        public RecordPartnerContacts {
            Checks.range(people, "people", 1, 100);
        }

        @Override
        public String code() {
            return RECORD_PARTNER_CONTACTS;
        }

        @Override
        public boolean isTransition() {
            return false;
        }
    }

    /**
     * Record why no contact details for people at risk are held. A supervisor must review the reason before he starts.
     *
     * @param reason the reason (sensitive)
     */
    @org.dvpp.domain.Classified
    record RecordPartnerContactAbsence(@Sensitive(DataClass.P0) String reason) implements CaseCommand {
        /** Checks the reason. */
        public RecordPartnerContactAbsence {
            Checks.freeText(reason, "reason", 2000);
        }

        @Override
        public String code() {
            return RECORD_PARTNER_CONTACT_ABSENCE;
        }

        @Override
        public boolean isTransition() {
            return false;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /**
     * A supervisor (the acting user, not the one who recorded it) reviews the recorded reason for absent contacts.
     *
     * @param on the date of review
     */
    @org.dvpp.domain.Classified
    record ReviewPartnerContactAbsence(LocalDate on) implements CaseCommand {
        /** Checks the date. */
        public ReviewPartnerContactAbsence {
            Checks.required(on, "on");
        }

        @Override
        public String code() {
            return REVIEW_PARTNER_CONTACT_ABSENCE;
        }

        @Override
        public boolean isTransition() {
            return false;
        }
    }

    /**
     * Start the programme in a group. Guarded by eligibility, a signed-off suitable assessment, consent and partner contact.
     *
     * @param group the group he joins
     */
    @org.dvpp.domain.Classified
    record StartProgramme(GroupId group) implements CaseCommand {
        /** Checks the group. */
        public StartProgramme {
            Checks.required(group, "group");
        }

        @Override
        public String code() {
            return START_PROGRAMME;
        }
    }

    /**
     * Start the programme on a curriculum's one-to-one-only pathway, with no group place; the same start guards apply.
     *
     * @param curriculumId the curriculum delivered one to one
     */
    @org.dvpp.domain.Classified
    record StartOneToOnePathway(String curriculumId) implements CaseCommand {
        /** Checks the curriculum id. */
        public StartOneToOnePathway {
            Checks.text(curriculumId, "curriculumId", 80);
        }

        @Override
        public String code() {
            return START_PROGRAMME;
        }
    }

    /**
     * Complete the programme; the curriculum's completion rule decides, not a person.
     *
     * @param completionRuleMet whether the rule is met
     * @param rule a description of the rule applied, such as {@code min-sessions:10}
     */
    @org.dvpp.domain.Classified
    record Complete(boolean completionRuleMet, String rule) implements CaseCommand {
        /** Checks the rule text. */
        public Complete {
            Checks.text(rule, "rule", 200);
        }

        @Override
        public String code() {
            return COMPLETE;
        }
    }

    /**
     * He leaves of his own accord.
     *
     * @param reason why (sensitive; not put in events)
     */
    @org.dvpp.domain.Classified
    record Withdraw(@Sensitive(DataClass.P0) String reason) implements CaseCommand {
        /** Checks the reason. */
        public Withdraw {
            Checks.freeText(reason, "reason", 2000);
        }

        @Override
        public String code() {
            return WITHDRAW;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /**
     * The agency excludes him.
     *
     * @param reason why (sensitive; not put in events)
     */
    @org.dvpp.domain.Classified
    record Exclude(@Sensitive(DataClass.P0) String reason) implements CaseCommand {
        /** Checks the reason. */
        public Exclude {
            Checks.freeText(reason, "reason", 2000);
        }

        @Override
        public String code() {
            return EXCLUDE;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /**
     * The agency returns him to the referrer (for example for breach).
     *
     * @param reason why (sensitive; not put in events)
     */
    @org.dvpp.domain.Classified
    record ReturnToReferrer(@Sensitive(DataClass.P0) String reason) implements CaseCommand {
        /** Checks the reason. */
        public ReturnToReferrer {
            Checks.freeText(reason, "reason", 2000);
        }

        @Override
        public String code() {
            return RETURN_TO_REFERRER;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /** Begin aftercare after completion. */
    @org.dvpp.domain.Classified
    record StartAftercare() implements CaseCommand {
        @Override
        public String code() {
            return START_AFTERCARE;
        }
    }

    /**
     * Close the case, signed off by a supervisor.
     *
     * @param reason why
     * @param signedOffBy the supervisor
     */
    @org.dvpp.domain.Classified
    record Close(@Sensitive(DataClass.P0) String reason, UserId signedOffBy) implements CaseCommand {
        /** Checks every part. */
        public Close {
            Checks.freeText(reason, "reason", 2000);
            Checks.required(signedOffBy, "signedOffBy");
        }

        @Override
        public String code() {
            return CLOSE;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /**
     * Put the case on hold (custody, hospital, a safety concern).
     *
     * @param reason why
     */
    @org.dvpp.domain.Classified
    record Suspend(@Sensitive(DataClass.P0) String reason) implements CaseCommand {
        /** Checks the reason. */
        public Suspend {
            Checks.freeText(reason, "reason", 2000);
        }

        @Override
        public String code() {
            return SUSPEND;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /** Resume a suspended case in the state it was in. */
    @org.dvpp.domain.Classified
    record Resume() implements CaseCommand {
        @Override
        public String code() {
            return RESUME;
        }
    }

    /**
     * Reopen a closed case in the state it was closed from, keeping the whole history.
     *
     * @param reason why
     * @param signedOffBy the supervisor
     */
    @org.dvpp.domain.Classified
    record Reopen(@Sensitive(DataClass.P0) String reason, UserId signedOffBy) implements CaseCommand {
        /** Checks every part. */
        public Reopen {
            Checks.freeText(reason, "reason", 2000);
            Checks.required(signedOffBy, "signedOffBy");
        }

        @Override
        public String code() {
            return REOPEN;
        }

        @Override
        public String toString() {
            return org.dvpp.domain.Redaction.describe(this);
        }
    }

    /**
     * A new referral for a closed case: a new episode starts at referred, with the history kept and screening,
     * assessment and consent to be done again.
     *
     * @param referral the new referral
     */
    @org.dvpp.domain.Classified
    record ReRefer(ReferralId referral) implements CaseCommand {
        /** Checks the referral. */
        public ReRefer {
            Checks.required(referral, "referral");
        }

        @Override
        public String code() {
            return RE_REFER;
        }
    }
}
