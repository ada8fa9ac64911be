package org.dvpp.curriculum;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dvpp.domain.Classified;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.group.GroupType;

/**
 * A group programme as facilitators deliver it: its numbered sessions grouped in modules, how the group meets, the
 * one-to-ones beside it, and the rule that decides completion. Built-in curricula and an agency's own are the same
 * type; an agency writes one as JSON (see {@link CurriculumJson}) or in Java through a {@link
 * org.dvpp.curriculum.spi.CurriculumProvider}.
 *
 * <p>Constructing a curriculum only refuses null parts. {@link CurriculumValidator} checks every other rule; a {@link
 * CurriculumCatalogue} holds only curricula that passed it.
 *
 * @param id a stable id, lower-case letters, digits and hyphens, such as {@code dvpp-integrated-12}
 * @param version the definition's version, such as {@code 1.0.0}
 * @param title the programme's name
 * @param summary what it is for, in a few sentences
 * @param groupType a closed cohort, or rolling with entry at each module's first session
 * @param delivery how often the group meets and the slot length
 * @param oneToOne the one-to-ones planned alongside the group
 * @param completion the completion rule
 * @param modules the modules, in order, covering every session once
 * @param sessions the sessions, numbered from 1 without gaps
 * @param oneToOnePathway how the programme is delivered as one-to-one work only, if it may be
 * @param fathering the module delivered only to men who are parents, with what they must also meet, if any
 * @param purpose a programme that men complete, or an aftercare (relapse-prevention) group for men who have completed
 */
@Classified
public record Curriculum(
        String id,
        String version,
        String title,
        String summary,
        GroupType groupType,
        Delivery delivery,
        OneToOneCadence oneToOne,
        CompletionRule completion,
        List<CurriculumModule> modules,
        List<CurriculumSession> sessions,
        @JsonIgnore Optional<OneToOnePathway> oneToOnePathway,
        @JsonIgnore Optional<FatheringComponent> fathering,
        @JsonIgnore Purpose purpose) {

    /** What a curriculum is for. */
    public enum Purpose {
        /** a programme men are allocated to and complete by its rule (the default) */
        PROGRAMME,
        /**
         * aftercare or relapse prevention after completion: its groups take men with an aftercare place, not an
         * allocation, and nothing in it decides or changes completion
         */
        AFTERCARE
    }

    /** Refuses null parts and copies the lists. */
    public Curriculum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(groupType, "groupType");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(oneToOne, "oneToOne");
        Objects.requireNonNull(completion, "completion");
        modules = List.copyOf(modules);
        sessions = List.copyOf(sessions);
        Objects.requireNonNull(oneToOnePathway, "oneToOnePathway");
        Objects.requireNonNull(fathering, "fathering");
        Objects.requireNonNull(purpose, "purpose");
    }

    /**
     * A programme curriculum with no fathering component (the form before it existed).
     *
     * @param id a stable id
     * @param version the definition's version
     * @param title the programme's name
     * @param summary what it is for
     * @param groupType closed or rolling
     * @param delivery how often the group meets
     * @param oneToOne the one-to-ones planned alongside the group
     * @param completion the completion rule
     * @param modules the modules
     * @param sessions the sessions
     * @param oneToOnePathway the one-to-one-only pathway, if any
     */
    public Curriculum(String id, String version, String title, String summary, GroupType groupType,
            Delivery delivery, OneToOneCadence oneToOne, CompletionRule completion, List<CurriculumModule> modules,
            List<CurriculumSession> sessions, Optional<OneToOnePathway> oneToOnePathway) {
        this(id, version, title, summary, groupType, delivery, oneToOne, completion, modules, sessions,
                oneToOnePathway, Optional.empty(), Purpose.PROGRAMME);
    }

    /**
     * A curriculum without a one-to-one-only pathway.
     *
     * @param id a stable id
     * @param version the definition's version
     * @param title the programme's name
     * @param summary what it is for
     * @param groupType closed or rolling
     * @param delivery how often the group meets
     * @param oneToOne the one-to-ones planned alongside the group
     * @param completion the completion rule
     * @param modules the modules
     * @param sessions the sessions
     */
    @JsonCreator
    public Curriculum(@JsonProperty("id") String id, @JsonProperty("version") String version,
            @JsonProperty("title") String title, @JsonProperty("summary") String summary,
            @JsonProperty("groupType") GroupType groupType, @JsonProperty("delivery") Delivery delivery,
            @JsonProperty("oneToOne") OneToOneCadence oneToOne, @JsonProperty("completion") CompletionRule completion,
            @JsonProperty("modules") List<CurriculumModule> modules,
            @JsonProperty("sessions") List<CurriculumSession> sessions) {
        this(id, version, title, summary, groupType, delivery, oneToOne, completion, modules, sessions,
                Optional.empty(), Optional.empty(), Purpose.PROGRAMME);
    }

    /**
     * @param rule the completion rule
     * @return a copy with that rule
     */
    public Curriculum withCompletion(CompletionRule rule) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, rule, modules, sessions,
                oneToOnePathway, fathering, purpose);
    }

    /**
     * @param pathway the one-to-one-only pathway
     * @return a copy that offers it
     */
    public Curriculum withOneToOnePathway(OneToOnePathway pathway) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, completion, modules,
                sessions, Optional.of(pathway), fathering, purpose);
    }

    /**
     * @param component the fathering component
     * @return a copy that has it
     */
    public Curriculum withFathering(FatheringComponent component) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, completion, modules,
                sessions, oneToOnePathway, Optional.of(component), purpose);
    }

    /**
     * @param what what the curriculum is for
     * @return a copy with that purpose
     */
    public Curriculum withPurpose(Purpose what) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, completion, modules,
                sessions, oneToOnePathway, fathering, what);
    }

    /** @return whether this is an aftercare curriculum */
    @JsonIgnore
    public boolean isAftercare() {
        return purpose == Purpose.AFTERCARE;
    }

    /**
     * @return the session numbers of the fathering component (its module's sessions), ascending; empty when the
     *     curriculum has none
     */
    public java.util.SortedSet<Integer> fatheringSessions() {
        java.util.TreeSet<Integer> out = new java.util.TreeSet<>();
        fathering.flatMap(f -> modules.stream().filter(m -> m.id().equals(f.module())).findFirst()).ifPresent(m -> {
            // within the sessions there are, whatever an unchecked module claims
            int last = Math.min(m.lastSession(), sessions.size());
            for (int n = Math.max(1, m.firstSession()); n <= last; n++) {
                out.add(n);
            }
        });
        return java.util.Collections.unmodifiableSortedSet(out);
    }

    /** @return how many sessions the curriculum has */
    public int sessionCount() {
        return sessions.size();
    }

    /**
     * @param number a session number
     * @return that session
     * @throws InvalidInputException when there is no such session
     */
    public CurriculumSession session(int number) {
        for (CurriculumSession s : sessions) {
            if (s.number() == number) {
                return s;
            }
        }
        throw new InvalidInputException("sessionNumber", "exists",
                "curriculum " + id + " has no session " + number + " (it has 1 to " + sessions.size() + ")");
    }

    /**
     * @param sessionNumber a session number
     * @return the module that holds it, if any
     */
    public Optional<CurriculumModule> moduleOf(int sessionNumber) {
        return modules.stream().filter(m -> m.contains(sessionNumber)).findFirst();
    }

    /** @return the total group time of one pass through the curriculum */
    public Duration groupTime() {
        return sessions.stream().map(CurriculumSession::duration).reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * The sessions a new man may join at: session 1 for a closed cohort, each module's first session for a rolling group
     * (except the fathering component's module, which not every man is due at).
     *
     * @return entry session numbers, ascending
     */
    public List<Integer> entryPoints() {
        if (groupType == GroupType.CLOSED) {
            return List.of(1);
        }
        String fatheringModule = fathering.map(FatheringComponent::module).orElse("");
        return modules.stream().filter(m -> !m.id().equals(fatheringModule)).map(CurriculumModule::firstSession)
                .sorted().toList();
    }
}
