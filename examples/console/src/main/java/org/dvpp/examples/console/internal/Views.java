package org.dvpp.examples.console.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What each page shows: plain values, already in words; the templates only lay them out. */
public final class Views {
    private Views() {
    }

    /**
     * The frame of every page.
     *
     * @param title the page's title
     * @param userName who is signed in, if anyone
     * @param nav the pages this user may open (from the access policy)
     * @param csrf the session's form token
     * @param flash a one-time message after an action
     */
    public record Chrome(String title, Optional<String> userName, List<Nav> nav, String csrf, Optional<String> flash) {
    }

    /**
     * A link.
     *
     * @param label its words
     * @param href where it goes
     * @param current whether it is the page shown
     */
    public record Nav(String label, String href, boolean current) {
    }

    /**
     * @param chrome frame
     * @param name the name typed
     * @param error why sign-in failed
     */
    public record SignIn(Chrome chrome, String name, Optional<String> error) {
    }

    /**
     * @param chrome frame
     * @param roles the user's roles in words
     * @param tasks what the user can do here
     */
    public record Home(Chrome chrome, String roles, List<Nav> tasks) {
    }

    /**
     * @param id group id
     * @param name name
     * @param curriculum curriculum id
     * @param type closed or rolling
     * @param status planned, running...
     * @param startDate first session
     * @param meets when it meets
     */
    public record GroupRow(String id, String name, String curriculum, String type, String status, String startDate,
            String meets) {
    }

    /**
     * @param chrome frame
     * @param groups the groups
     */
    public record Groups(Chrome chrome, List<GroupRow> groups) {
    }

    /**
     * @param id session id
     * @param sequence meeting number
     * @param curriculumSession curriculum session number
     * @param title the curriculum session's title
     * @param date the date
     * @param time the start time
     * @param state in words
     * @param registerTaken whether its register is taken
     */
    public record SessionRow(String id, int sequence, int curriculumSession, String title, String date, String time,
            String state, boolean registerTaken) {
    }

    /**
     * @param chrome frame
     * @param group the group
     * @param tonight the session to run or register now
     * @param tonightWords why that one
     * @param sessions all sessions
     * @param alerts current alerts about the group and its men
     */
    public record Group(Chrome chrome, GroupRow group, Optional<SessionRow> tonight, String tonightWords,
            List<SessionRow> sessions, List<AlertRow> alerts) {
    }

    /**
     * @param title the session's title
     * @param theme its theme
     * @param minutes how long
     * @param objectives objectives
     * @param exercises "title (minutes): description"
     * @param notes facilitator notes
     * @param safetyPrompts safety prompts
     * @param materials materials
     */
    public record Plan(String title, String theme, int minutes, List<String> objectives, List<String> exercises,
            String notes, List<String> safetyPrompts, List<String> materials) {
    }

    /**
     * @param caseId the man's case
     * @param reference his pseudonymous reference
     * @param status the status chosen (form value) or recorded
     * @param minutes minutes credited when late (form value)
     * @param recorded the recorded line in words, once taken
     * @param error what is wrong with his line
     */
    public record RegisterRow(String caseId, String reference, String status, String minutes, String recorded,
            Optional<String> error) {
    }

    /**
     * A facilitator who may be ticked as present on a register.
     *
     * @param id the facilitator's user id
     * @param label the name, with "(you)" for the user
     * @param checked whether the box is ticked
     */
    public record FacilitatorBox(String id, String label, boolean checked) {
    }

    /**
     * @param chrome frame
     * @param groupId the group
     * @param groupName its name
     * @param session the session
     * @param plan the curriculum plan
     * @param rows one per man due
     * @param facilitators the group's facilitators, then the agency's other facilitators (cover), to tick
     * @param facilitatedBy who facilitated it, as its register named them, once taken
     * @param facilitatorError what the SDK's facilitator rule found wrong with the facilitators ticked
     * @param canTake whether this user may take the register now
     * @param notYet why the register cannot be taken yet, if so
     * @param errors errors about the whole register
     */
    public record Session(Chrome chrome, String groupId, String groupName, SessionRow session, Optional<Plan> plan,
            List<RegisterRow> rows, List<FacilitatorBox> facilitators, List<String> facilitatedBy,
            Optional<String> facilitatorError, boolean canTake, Optional<String> notYet, List<String> errors) {
    }

    /**
     * @param kind in words
     * @param message the SDK's message
     * @param raisedOn date
     * @param manHref link to the man, if about one
     */
    public record AlertRow(String kind, String message, String raisedOn, Optional<String> manHref) {
    }

    /**
     * @param chrome frame
     * @param caseId his case
     * @param reference his reference
     * @param status his case's status in words
     * @param figures label to value
     * @param unmet what he still has to do
     * @param alerts his alerts
     * @param canRecordRisk whether this user may record a concern
     */
    public record Man(Chrome chrome, String caseId, String reference, String status, Map<String, String> figures,
            List<String> unmet, List<AlertRow> alerts, boolean canRecordRisk) {
    }

    /**
     * @param value an option's value
     * @param label its words
     */
    public record Option(String value, String label) {
    }

    /**
     * @param chrome frame
     * @param caseId his case
     * @param reference his reference
     * @param values form values by field
     * @param errors errors by field
     * @param kinds the kinds of event
     * @param levels the risk levels
     */
    public record Risk(Chrome chrome, String caseId, String reference, Map<String, String> values,
            Map<String, String> errors, List<Option> kinds, List<Option> levels) {
    }

    /**
     * @param reference his reference
     * @param caseId his case
     * @param attended sessions attended
     * @param covered sessions covered (attended or caught up)
     * @param hours intervention hours
     * @param unmet completion requirements unmet, in words
     * @param alerts how many alerts
     */
    public record CohortRow(String reference, String caseId, int attended, int covered, String hours, String unmet,
            int alerts) {
    }

    /**
     * @param chrome frame
     * @param groupId group
     * @param groupName name
     * @param delivered sessions delivered so far
     * @param rows one per man
     * @param svg the chart
     */
    public record Cohort(Chrome chrome, String groupId, String groupName, int delivered, List<CohortRow> rows,
            String svg) {
    }

    /**
     * One person at risk on the worker's caseload.
     *
     * @param id her id
     * @param name her name
     * @param relationship to him
     * @param reference the man's reference
     * @param phone her phone
     * @param notes safe-contact notes
     * @param support where partner support stands
     * @param open how many notifications wait for acknowledgement
     * @param lastContact when she was last reached, in words
     * @param review when her safety plan is to be reviewed, in words
     */
    public record CaseloadRow(String id, String name, String relationship, String reference, String phone,
            String notes, String support, int open, String lastContact, String review) {
    }

    /**
     * @param chrome frame
     * @param rows the caseload
     * @param heading the page's heading
     * @param purpose what the page is for (which link each row has)
     * @param linkSuffix the per-person page each row links to ({@code contacts} or {@code safety-plan}), or empty
     */
    public record Caseload(Chrome chrome, List<CaseloadRow> rows, String heading, String purpose,
            String linkSuffix) {
    }

    /**
     * @param id notification id
     * @param kind in words
     * @param detail in words
     * @param when date and time
     * @param person the person at risk's name
     * @param personId her id, for her contact log
     * @param reference the man's reference
     * @param allocated whose list it is on, in words
     */
    public record NoticeRow(String id, String kind, String detail, String when, String person, String personId,
            String reference, String allocated) {
    }

    /**
     * @param chrome frame
     * @param open to act on
     * @param canAcknowledge whether this user may acknowledge them
     */
    public record Notices(Chrome chrome, List<NoticeRow> open, boolean canAcknowledge) {
    }

    /**
     * @param when date and time
     * @param channel in words
     * @param outcome in words
     * @param reached whether she was reached (a contact) or only tried (an attempt)
     * @param safeTimes safe times
     * @param safeWays safe ways
     * @param notes notes
     */
    public record ContactRow(String when, String channel, String outcome, boolean reached, String safeTimes,
            String safeWays, String notes) {
    }

    /**
     * A person at risk's heading.
     *
     * @param id her id
     * @param name her name
     * @param relationship to him
     * @param reference the man's reference
     * @param worker her allocated worker, in words
     */
    public record Person(String id, String name, String relationship, String reference, String worker) {
    }

    /**
     * @param chrome frame
     * @param person whose log it is
     * @param contacts contacts and attempts, newest first
     * @param canRecord whether this user may record one
     * @param values form values by field
     * @param errors errors by field
     * @param channels the channels
     * @param outcomes the outcomes
     */
    public record Contacts(Chrome chrome, Person person, List<ContactRow> contacts, boolean canRecord,
            Map<String, String> values, Map<String, String> errors, List<Option> channels, List<Option> outcomes) {
    }

    /**
     * @param action what is to be done
     * @param byWhom who does it
     * @param dueOn by when, in words
     * @param done whether it has been done
     */
    public record ActionRow(String action, String byWhom, String dueOn, boolean done) {
    }

    /**
     * @param chrome frame
     * @param person whose plan it is
     * @param agreedOn when the plan in force was agreed, in words (empty when she has none)
     * @param reviewOn when it is to be reviewed, in words
     * @param actions its actions
     * @param earlier how many earlier plans it replaced
     * @param canRecord whether this user may record one
     * @param values form values by field
     * @param errors errors by field
     * @param actionSlots how many action rows the form has
     */
    public record Plans(Chrome chrome, Person person, Optional<String> agreedOn, String reviewOn,
            List<ActionRow> actions, int earlier, boolean canRecord, Map<String, String> values,
            Map<String, String> errors, int actionSlots) {
    }

    /**
     * @param chrome frame
     * @param heading heading
     * @param paragraphs what to say
     */
    public record Message(Chrome chrome, String heading, List<String> paragraphs) {
    }

    /**
     * @param chrome frame
     * @param from first day
     * @param to last day
     * @param by breakdown
     * @param byOptions breakdowns
     * @param errors by field
     * @param reportHtml the report's own HTML, from the reporting module
     */
    public record Report(Chrome chrome, String from, String to, String by, List<Option> byOptions,
            Map<String, String> errors, Optional<String> reportHtml) {
    }
}
