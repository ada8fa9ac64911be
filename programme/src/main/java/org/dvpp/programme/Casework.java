package org.dvpp.programme;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.Checks;
import org.dvpp.domain.DataClass;
import org.dvpp.domain.FreeText;
import org.dvpp.domain.RecordId;
import org.dvpp.domain.Sensitive;
import org.dvpp.domain.casework.FamilyCircumstances;
import org.dvpp.domain.casework.GoalStatus;
import org.dvpp.domain.casework.MotivationCheckIn;
import org.dvpp.domain.casework.MotivationSource;
import org.dvpp.domain.casework.MotivationSources;
import org.dvpp.domain.casework.NeedLevel;
import org.dvpp.domain.casework.NeedsAssessment;
import org.dvpp.domain.casework.ParentStatus;
import org.dvpp.domain.casework.SupportPlan;
import org.dvpp.domain.participant.ProtectedCharacteristic;

/**
 * The man's wider casework: the holistic needs assessment and the support plan that answers it, the sources of his
 * motivation and how they change, his check-in history, his parent status and the children's contact arrangements, and
 * his equality monitoring answers (recorded here, seen only in aggregates under disclosure control:
 * {@link Reports#equality}).
 */
public interface Casework {

    /** The need areas every needs assessment covers; an agency adds its own with {@link DvppBuilder#needAreas}. */
    Set<String> STANDARD_NEED_AREAS = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(
            "housing", "substance-use", "mental-health", "parenting", "employment", "finances")));

    /**
     * Records a holistic needs assessment. Every area named must be one of the agency's need areas.
     *
     * @param user who assessed (needs {@link Permission#RECORD_NEEDS})
     * @param caseId the case
     * @param needs the assessment
     * @return the stored assessment
     */
    NeedsAssessment assessNeeds(ActingUser user, CaseId caseId, NeedsInput needs);

    /**
     * @param user who asks (needs {@link Permission#VIEW_NEEDS})
     * @param caseId the case
     * @return his needs assessments, oldest first (the last is current)
     */
    List<NeedsAssessment> needsAssessments(ActingUser user, CaseId caseId);

    /**
     * Agrees a support plan. It needs a needs assessment first, and each goal answers an area that assessment found a
     * need in (some or high).
     *
     * @param user who agreed it with him (needs {@link Permission#RECORD_NEEDS})
     * @param caseId the case
     * @param plan the goals
     * @return the plan
     */
    SupportPlan agreeSupportPlan(ActingUser user, CaseId caseId, PlanInput plan);

    /**
     * Reviews a support plan: a status and next review date for every goal, and a note.
     *
     * @param user who reviewed it (needs {@link Permission#RECORD_NEEDS})
     * @param planId the plan
     * @param review the review
     * @return the plan after the review
     */
    SupportPlan reviewSupportPlan(ActingUser user, RecordId planId, PlanReviewInput review);

    /**
     * @param user who asks (needs {@link Permission#VIEW_NEEDS})
     * @param caseId the case
     * @return his support plans, oldest first
     */
    List<SupportPlan> supportPlans(ActingUser user, CaseId caseId);

    /**
     * Records the sources of his motivation: at intake, then whenever they change.
     *
     * @param user who recorded them (needs {@link Permission#RECORD_NEEDS})
     * @param caseId the case
     * @param sources the sources
     * @return the stored record
     */
    MotivationSources recordMotivationSources(ActingUser user, CaseId caseId, MotivationInput sources);

    /**
     * His motivation over time: the sources as recorded, what was gained and lost between records, his check-ins, and
     * the trend of his check-ins over the last readings.
     *
     * @param user who asks (needs {@link Permission#VIEW_NEEDS})
     * @param caseId the case
     * @return the history
     */
    MotivationHistory motivation(ActingUser user, CaseId caseId);

    /**
     * @param user who asks (needs {@link Permission#VIEW_CASE})
     * @param caseId the case
     * @return his motivation check-ins, oldest first
     */
    List<MotivationCheckIn> checkIns(ActingUser user, CaseId caseId);

    /**
     * Records his parent status and the children's contact arrangements (P0: where and when the children can be
     * found). The latest record is current.
     *
     * @param user who recorded it (needs {@link Permission#MANAGE_PEOPLE_AT_RISK}, as it holds children's details)
     * @param caseId the case
     * @param family the circumstances
     * @return the stored record
     */
    FamilyCircumstances recordFamily(ActingUser user, CaseId caseId, FamilyInput family);

    /**
     * @param user who asks (needs {@link Permission#VIEW_NEEDS}; the contact arrangements are withheld from a role that
     *     may not read P0)
     * @param caseId the case
     * @return his family circumstances, oldest first (the last is current)
     */
    List<FamilyCircumstances> family(ActingUser user, CaseId caseId);

    /**
     * Records his equality monitoring answers (each optional; "prefer not to say" is an answer). There is no read of
     * one man's answers; they count only in {@link Reports#equality}.
     *
     * @param user who recorded them (needs {@link Permission#RECORD_EQUALITY})
     * @param caseId the case
     * @param answers the answers
     * @return the record's id
     */
    RecordId recordEquality(ActingUser user, CaseId caseId, EqualityInput answers);

    /**
     * A needs assessment as taken.
     *
     * @param assessedOn when
     * @param needs area code to level
     * @param notes what was said (P0: may speak of the people at risk)
     */
    @org.dvpp.domain.Classified
    record NeedsInput(@NotNull @PastOrPresent LocalDate assessedOn,
            @Sensitive(DataClass.P1) @NotNull @Size(max = 40) Map<String, NeedLevel> needs,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 4000) String notes) {
        /** Copies the needs. */
        public NeedsInput {
            needs = needs == null ? null : Map.copyOf(needs);
        }

        @Override
        public String toString() {
            return "NeedsInput[" + assessedOn + ", needs=<p1>, notes=<p0>]";
        }
    }

    /**
     * A goal as agreed.
     *
     * @param need the need area it answers
     * @param goal the goal in words (P0)
     * @param reviewBy when it is to be reviewed
     */
    @org.dvpp.domain.Classified
    record GoalInput(@NotNull @Size(max = 40) String need,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(min = 1, max = 2000) String goal,
            @NotNull LocalDate reviewBy) {
        @Override
        public String toString() {
            return "GoalInput[" + need + ", reviewBy=" + reviewBy + ", goal=<p0>]";
        }
    }

    /**
     * A support plan as agreed.
     *
     * @param agreedOn when
     * @param goals its goals (1 to 20)
     */
    @org.dvpp.domain.Classified
    record PlanInput(@NotNull @PastOrPresent LocalDate agreedOn, @NotNull @Size(min = 1, max = 20) List<GoalInput> goals) {
        /** Copies the goals. */
        public PlanInput {
            goals = goals == null ? null : Checks.list(goals, "goals");
        }
    }

    /**
     * A review of a support plan.
     *
     * @param reviewedOn when
     * @param statuses the status of each goal, in the plan's order (one per goal)
     * @param nextReviews the next review date of each goal, in the plan's order (one per goal)
     * @param note what was found (P0)
     */
    @org.dvpp.domain.Classified
    record PlanReviewInput(@NotNull @PastOrPresent LocalDate reviewedOn, @NotNull @Size(max = 20) List<GoalStatus> statuses,
            @NotNull @Size(max = 20) List<LocalDate> nextReviews,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 4000) String note) {
        /** Copies the lists. */
        public PlanReviewInput {
            statuses = statuses == null ? null : Checks.list(statuses, "statuses");
            nextReviews = nextReviews == null ? null : Checks.list(nextReviews, "nextReviews");
        }

        @Override
        public String toString() {
            return "PlanReviewInput[" + reviewedOn + ", " + statuses + ", note=<p0>]";
        }
    }

    /**
     * The sources of his motivation as recorded.
     *
     * @param on when
     * @param sources every source in play (may be empty: none named)
     * @param main the main one, if named (one of {@code sources})
     * @param note what he said (P0)
     */
    @org.dvpp.domain.Classified
    record MotivationInput(@NotNull @PastOrPresent LocalDate on,
            @Sensitive(DataClass.P1) @NotNull Set<MotivationSource> sources,
            @Sensitive(DataClass.P1) @NotNull Optional<MotivationSource> main,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 2000) String note) {
        /** Copies the sources. */
        public MotivationInput {
            sources = sources == null ? null : Checks.set(sources, "sources");
        }

        @Override
        public String toString() {
            return "MotivationInput[" + on + ", <p1>, note=<p0>]";
        }
    }

    /**
     * What changed between two records of his motivation sources.
     *
     * @param on the date of the later record
     * @param gained sources in play now that were not before
     * @param lost sources no longer in play
     */
    @org.dvpp.domain.Classified
    record SourceChange(LocalDate on, @Sensitive(DataClass.P1) Set<MotivationSource> gained,
            @Sensitive(DataClass.P1) Set<MotivationSource> lost) {
    }

    /** The direction of his check-ins over the last readings. */
    enum Trend {
        /** fewer than two readings: no trend yet */
        TOO_FEW_READINGS,
        /** rising */
        RISING,
        /** neither rising nor falling */
        STEADY,
        /** falling: the fitted line falls by at least two points across the readings (this raises an alert) */
        FALLING
    }

    /**
     * His motivation over time.
     *
     * @param sources the sources as recorded, oldest first (the first is usually at intake)
     * @param changes what was gained and lost from each record to the next
     * @param checkIns his check-ins, oldest first
     * @param trend the trend of his readiness ruler over his last five check-ins (the least-squares line through them
     *     falls or rises by at least 2 points across them, or neither)
     * @param slopePerReading the slope of that line per reading (0 with too few)
     * @param readings how many readings the trend is judged on
     */
    @org.dvpp.domain.Classified
    record MotivationHistory(List<MotivationSources> sources, List<SourceChange> changes,
            List<MotivationCheckIn> checkIns, Trend trend, BigDecimal slopePerReading, int readings) {
    }

    /**
     * One child's contact arrangement as recorded (P0 throughout).
     *
     * @param child how the child is referred to (initials or first name)
     * @param kind the kind of contact, if known
     * @param courtOrdered whether a court ordered it, if known
     * @param details handovers, places, supervisors, conditions
     */
    @org.dvpp.domain.Classified
    record ChildContactInput(@Sensitive(DataClass.P0) @NotNull @Size(min = 1, max = 100) String child,
            @Sensitive(DataClass.P0) @NotNull Optional<org.dvpp.domain.casework.ContactKind> kind,
            @Sensitive(DataClass.P0) @NotNull Optional<Boolean> courtOrdered,
            @Sensitive(DataClass.P0) @FreeText @NotNull @Size(max = 2000) String details) {
        @Override
        public String toString() {
            return "ChildContactInput[<p0>]";
        }
    }

    /**
     * His family circumstances as recorded.
     *
     * @param on when
     * @param parentStatus whether he is a parent
     * @param contactArrangements one per child (P0)
     */
    @org.dvpp.domain.Classified
    record FamilyInput(@NotNull @PastOrPresent LocalDate on, @Sensitive(DataClass.P1) @NotNull ParentStatus parentStatus,
            @Sensitive(DataClass.P0) @NotNull @Size(max = 20) List<ChildContactInput> contactArrangements) {
        /** Copies the arrangements. */
        public FamilyInput {
            contactArrangements = contactArrangements == null ? null : Checks.list(contactArrangements,
                    "contactArrangements");
        }

        @Override
        public String toString() {
            return "FamilyInput[" + on + ", <p1>, <p0>]";
        }
    }

    /**
     * Equality monitoring answers as given.
     *
     * @param on when
     * @param answers characteristic to answer; each accepts the answers {@link ProtectedCharacteristic#answers()} lists,
     *     "prefer-not-to-say" among them; a characteristic he was not asked or skipped is left out
     */
    @org.dvpp.domain.Classified
    record EqualityInput(@NotNull @PastOrPresent LocalDate on,
            @Sensitive(DataClass.P1) @NotNull Map<ProtectedCharacteristic, String> answers) {
        /** Copies the answers. */
        public EqualityInput {
            answers = answers == null ? null : Map.copyOf(answers);
        }

        @Override
        public String toString() {
            return "EqualityInput[" + on + ", answers=<p1>]";
        }
    }
}
