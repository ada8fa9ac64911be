package org.dvpp.curriculum;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.dvpp.domain.Classified;

/**
 * One themed group session of a curriculum: what it is for, what happens in it, and what facilitators must watch for.
 *
 * @param number its place in the curriculum, from 1 with no gaps
 * @param title the session's title
 * @param theme the theme it works on (such as coercive control)
 * @param objectives what each man should take away
 * @param exercises the activities, in order
 * @param durationMinutes how long it runs
 * @param facilitatorNotes guidance for facilitators
 * @param safetyPrompts what facilitators watch for and do to keep partners and children safe
 * @param materials handouts and equipment needed
 */
@Classified
public record CurriculumSession(
        int number,
        String title,
        String theme,
        List<String> objectives,
        List<Exercise> exercises,
        int durationMinutes,
        String facilitatorNotes,
        List<String> safetyPrompts,
        List<String> materials) {

    /** Refuses null parts and copies the lists; the other rules are checked by {@link CurriculumValidator}. */
    public CurriculumSession {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(theme, "theme");
        objectives = List.copyOf(objectives);
        exercises = List.copyOf(exercises);
        Objects.requireNonNull(facilitatorNotes, "facilitatorNotes");
        safetyPrompts = List.copyOf(safetyPrompts);
        materials = List.copyOf(materials);
    }

    /** @return the session's length */
    public Duration duration() {
        return Duration.ofMinutes(durationMinutes);
    }
}
