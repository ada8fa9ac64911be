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
     * @param chrome frame
     * @param groupId the group
     * @param groupName its name
     * @param session the session
     * @param plan the curriculum plan
     * @param rows one per man due
     * @param facilitators the group's facilitators, in words
     * @param canTake whether this user may take the register now
     * @param notYet why the register cannot be taken yet, if so
     * @param errors errors about the whole register
     */
    public record Session(Chrome chrome, String groupId, String groupName, SessionRow session, Optional<Plan> plan,
            List<RegisterRow> rows, List<String> facilitators, boolean canTake, Optional<String> notYet,
            List<String> errors) {
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
     * @param relationship to him
     * @param name their name
     * @param phone their phone
     * @param notes safe-contact notes
     * @param support where partner support stands
     * @param livesWithHim whether they live in his household
     */
    public record PersonRow(String relationship, String name, String phone, String notes, String support,
            String livesWithHim) {
    }

    /**
     * @param reference his reference
     * @param status his case
     * @param risk his risk level
     * @param people the people at risk from him
     */
    public record CaseloadRow(String reference, String status, String risk, List<PersonRow> people) {
    }

    /**
     * @param chrome frame
     * @param rows the caseload
     */
    public record Caseload(Chrome chrome, List<CaseloadRow> rows) {
    }

    /**
     * @param id notification id
     * @param kind in words
     * @param detail in words
     * @param when date and time
     * @param reference the man's reference
     * @param done whether acted on
     */
    public record NoticeRow(String id, String kind, String detail, String when, String reference, boolean done) {
    }

    /**
     * @param chrome frame
     * @param open to act on
     * @param done acted on
     */
    public record Notices(Chrome chrome, List<NoticeRow> open, List<NoticeRow> done) {
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
