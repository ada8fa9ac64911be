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
        @JsonIgnore Optional<OneToOnePathway> oneToOnePathway) {

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
                Optional.empty());
    }

    /**
     * @param rule the completion rule
     * @return a copy with that rule
     */
    public Curriculum withCompletion(CompletionRule rule) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, rule, modules, sessions,
                oneToOnePathway);
    }

    /**
     * @param pathway the one-to-one-only pathway
     * @return a copy that offers it
     */
    public Curriculum withOneToOnePathway(OneToOnePathway pathway) {
        return new Curriculum(id, version, title, summary, groupType, delivery, oneToOne, completion, modules,
                sessions, Optional.of(pathway));
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
     * The sessions a new man may join at: session 1 for a closed cohort, each module's first session for a rolling group.
     *
     * @return entry session numbers, ascending
     */
    public List<Integer> entryPoints() {
        if (groupType == GroupType.CLOSED) {
            return List.of(1);
        }
        return modules.stream().map(CurriculumModule::firstSession).sorted().toList();
    }
}
