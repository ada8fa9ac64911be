package org.dvpp.curriculum;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dvpp.domain.Violation;
import org.dvpp.domain.group.GroupType;

/**
 * Checks a curriculum against every rule of the format. Each {@link Violation}'s path is the JSON path of the offending
 * value, such as {@code sessions[3].durationMinutes} (list indexes count from 0, as in the file), so an agency can find
 * it in its file.
 *
 * <p>The rules: the id is lower-case letters, digits and hyphens; texts are not blank and not too long; sessions are
 * numbered 1, 2, 3 ... in order without gaps or duplicates; every duration is positive and fits the booked slot;
 * exercises fit within their session; modules have unique ids, lie within the sessions, do not overlap and together
 * cover every session; a rolling curriculum has at least one module; the one-to-one cadence is either none or a positive
 * length at a positive interval; and the completion rule can be met by a man who attends everything. A fathering
 * component names one of the modules (not all of them, and in a rolling curriculum not the only one); the completion
 * rule must then be met without its sessions (it may not require them) and the component's own rule only with them
 * (no one-to-ones). An aftercare curriculum has neither a fathering component nor a one-to-one-only pathway.
 */
public final class CurriculumValidator {
    /** Pattern of a curriculum or module id. */
    public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,79}");

    private static final int TITLE_MAX = 200;
    private static final int TEXT_MAX = 4_000;
    private static final int MAX_SESSIONS = 200;
    private static final int MAX_SESSION_MINUTES = 240;
    private static final int MIN_SLOT_MINUTES = 30;

    private CurriculumValidator() {
    }

    /**
     * @param c the curriculum
     * @return every broken rule, in the order found; empty when valid
     */
    public static List<Violation> validate(Curriculum c) {
        List<Violation> v = new ArrayList<>();
        if (!ID.matcher(c.id()).matches()) {
            v.add(new Violation("id", "id-format",
                    "id must be 2 to 80 lower-case letters, digits or hyphens, starting with a letter or digit"));
        }
        text(v, "version", c.version(), 40);
        text(v, "title", c.title(), TITLE_MAX);
        text(v, "summary", c.summary(), TEXT_MAX);
        delivery(v, c.delivery());
        oneToOne(v, c.oneToOne());
        sessions(v, c);
        modules(v, c);
        completion(v, c);
        if (c.isAftercare() && c.oneToOnePathway().isPresent()) {
            v.add(new Violation("oneToOnePathway", "not-in-aftercare",
                    "an aftercare curriculum has no one-to-one-only pathway (aftercare one-to-ones need none)"));
        }
        return List.copyOf(v);
    }

    /**
     * @param c the curriculum
     * @return the same curriculum
     * @throws InvalidCurriculumException listing every broken rule
     */
    public static Curriculum requireValid(Curriculum c) {
        List<Violation> v = validate(c);
        if (!v.isEmpty()) {
            throw new InvalidCurriculumException("curriculum " + c.id(), v);
        }
        return c;
    }

    private static void delivery(List<Violation> v, Delivery d) {
        if (d.everyWeeks() < 1 || d.everyWeeks() > 4) {
            v.add(new Violation("delivery.everyWeeks", "range", "delivery.everyWeeks must be between 1 and 4"));
        }
        if (d.sessionMinutes() < MIN_SLOT_MINUTES || d.sessionMinutes() > MAX_SESSION_MINUTES) {
            v.add(new Violation("delivery.sessionMinutes", "range",
                    "delivery.sessionMinutes must be between " + MIN_SLOT_MINUTES + " and " + MAX_SESSION_MINUTES));
        }
    }

    private static void oneToOne(List<Violation> v, OneToOneCadence o) {
        boolean none = o.everyWeeks() == 0 && o.minutes() == 0;
        if (none) {
            return;
        }
        if (o.everyWeeks() < 1 || o.everyWeeks() > 12) {
            v.add(new Violation("oneToOne.everyWeeks", "range",
                    "oneToOne.everyWeeks must be between 1 and 12 (or 0 with minutes 0 for no one-to-ones)"));
        }
        if (o.minutes() < 1 || o.minutes() > MAX_SESSION_MINUTES) {
            v.add(new Violation("oneToOne.minutes", "range",
                    "oneToOne.minutes must be between 1 and " + MAX_SESSION_MINUTES
                            + " (or 0 with everyWeeks 0 for no one-to-ones)"));
        }
    }

    private static void sessions(List<Violation> v, Curriculum c) {
        List<CurriculumSession> sessions = c.sessions();
        if (sessions.isEmpty()) {
            v.add(new Violation("sessions", "not-empty", "a curriculum needs at least one session"));
            return;
        }
        if (sessions.size() > MAX_SESSIONS) {
            v.add(new Violation("sessions", "max-size", "a curriculum may have at most " + MAX_SESSIONS + " sessions"));
            return;
        }
        Map<Integer, Integer> seen = new HashMap<>();
        for (int i = 0; i < sessions.size(); i++) {
            CurriculumSession s = sessions.get(i);
            String p = "sessions[" + i + "]";
            Integer earlier = seen.putIfAbsent(s.number(), i);
            if (earlier != null) {
                v.add(new Violation(p + ".number", "unique",
                        "session number " + s.number() + " is used twice (also at sessions[" + earlier + "])"));
            } else if (s.number() != i + 1) {
                v.add(new Violation(p + ".number", "sequence",
                        "sessions must be numbered 1, 2, 3 ... in order without gaps: expected " + (i + 1)
                                + " here but found " + s.number()));
            }
            text(v, p + ".title", s.title(), TITLE_MAX);
            text(v, p + ".theme", s.theme(), TITLE_MAX);
            if (s.objectives().isEmpty()) {
                v.add(new Violation(p + ".objectives", "not-empty", "a session needs at least one objective"));
            }
            texts(v, p + ".objectives", s.objectives());
            if (s.durationMinutes() <= 0) {
                v.add(new Violation(p + ".durationMinutes", "positive",
                        "durationMinutes must be positive (was " + s.durationMinutes() + ")"));
            } else if (s.durationMinutes() > c.delivery().sessionMinutes()) {
                v.add(new Violation(p + ".durationMinutes", "fits-slot", "durationMinutes (" + s.durationMinutes()
                        + ") must not exceed delivery.sessionMinutes (" + c.delivery().sessionMinutes() + ")"));
            }
            int exerciseMinutes = 0;
            for (int j = 0; j < s.exercises().size(); j++) {
                Exercise e = s.exercises().get(j);
                String ep = p + ".exercises[" + j + "]";
                text(v, ep + ".title", e.title(), TITLE_MAX);
                text(v, ep + ".description", e.description(), TEXT_MAX);
                if (e.minutes() <= 0) {
                    v.add(new Violation(ep + ".minutes", "positive", "minutes must be positive (was " + e.minutes() + ")"));
                } else {
                    exerciseMinutes += e.minutes();
                }
            }
            if (s.durationMinutes() > 0 && exerciseMinutes > s.durationMinutes()) {
                v.add(new Violation(p + ".exercises", "fits-session", "the exercises take " + exerciseMinutes
                        + " minutes, more than the session's " + s.durationMinutes()));
            }
            if (s.facilitatorNotes().length() > TEXT_MAX) {
                v.add(new Violation(p + ".facilitatorNotes", "max-length",
                        "facilitatorNotes must be at most " + TEXT_MAX + " characters"));
            }
            texts(v, p + ".safetyPrompts", s.safetyPrompts());
            texts(v, p + ".materials", s.materials());
        }
    }

    private static void modules(List<Violation> v, Curriculum c) {
        int n = c.sessions().size();
        List<CurriculumModule> modules = c.modules();
        if (modules.isEmpty()) {
            if (c.groupType() == GroupType.ROLLING) {
                v.add(new Violation("modules", "not-empty",
                        "a rolling curriculum needs modules: new men join at a module's first session"));
            } else {
                v.add(new Violation("modules", "not-empty", "a curriculum needs at least one module"));
            }
            return;
        }
        Map<String, Integer> ids = new HashMap<>();
        String[] owner = new String[n + 1];
        for (int i = 0; i < modules.size(); i++) {
            CurriculumModule m = modules.get(i);
            String p = "modules[" + i + "]";
            if (!ID.matcher(m.id()).matches()) {
                v.add(new Violation(p + ".id", "id-format", "a module id must be 2 to 80 lower-case letters, digits or hyphens"));
            }
            Integer dup = ids.putIfAbsent(m.id(), i);
            if (dup != null) {
                v.add(new Violation(p + ".id", "unique", "module id " + m.id() + " is used twice (also at modules[" + dup + "])"));
            }
            text(v, p + ".title", m.title(), TITLE_MAX);
            if (m.firstSession() < 1 || m.firstSession() > n) {
                v.add(new Violation(p + ".firstSession", "exists",
                        "firstSession " + m.firstSession() + " is not a session (there are 1 to " + n + ")"));
                continue;
            }
            int to = m.lastSession();
            if (m.lastSession() < m.firstSession() || m.lastSession() > n) {
                v.add(new Violation(p + ".lastSession", "range", "lastSession must be between firstSession ("
                        + m.firstSession() + ") and the last session (" + n + "), was " + m.lastSession()));
                to = m.lastSession() < m.firstSession() ? m.firstSession() : n;
            }
            boolean overlapReported = false;
            for (int s = m.firstSession(); s <= to; s++) {
                if (owner[s] == null) {
                    owner[s] = m.id();
                } else if (!overlapReported) {
                    v.add(new Violation(p, "no-overlap", "module " + m.id() + " and module " + owner[s]
                            + " both hold session " + s + "; each session belongs to exactly one module"));
                    overlapReported = true;
                }
            }
        }
        for (int i = 1; i < modules.size(); i++) {
            if (modules.get(i).firstSession() <= modules.get(i - 1).firstSession()) {
                v.add(new Violation("modules[" + i + "].firstSession", "order", "modules must be listed in session order"));
            }
        }
        List<Integer> uncovered = new ArrayList<>();
        for (int s = 1; s <= n; s++) {
            if (owner[s] == null) {
                uncovered.add(s);
            }
        }
        if (!uncovered.isEmpty()) {
            v.add(new Violation("modules", "covers-all-sessions", "every session must belong to a module; not covered: sessions " + uncovered));
        }
    }

    /**
     * What a rule is judged on: the sessions it may name, the most time and one-to-ones a man can be credited there.
     *
     * @param sessions the session numbers it may count and require
     * @param minutes the most minutes of intervention
     * @param oneToOnes the most one-to-ones
     * @param what the sessions in words, for messages
     * @param all the curriculum's session count
     * @param fathering the fathering component's sessions
     */
    private record Scope(java.util.Set<Integer> sessions, long minutes, long oneToOnes, String what, int all,
            java.util.Set<Integer> fathering) {
    }

    private static void completion(List<Violation> v, Curriculum c) {
        CompletionRule r = c.completion();
        int n = c.sessions().size();
        java.util.SortedSet<Integer> fathering = c.fatheringSessions();
        java.util.Set<Integer> core = new java.util.TreeSet<>();
        long fatheringMinutes = 0;
        for (CurriculumSession s : c.sessions()) {
            if (fathering.contains(s.number())) {
                fatheringMinutes += Math.max(0, s.durationMinutes());
            } else {
                core.add(s.number());
            }
        }
        String what = fathering.isEmpty() ? "the " + n + " sessions of the curriculum"
                : "the " + core.size() + " sessions outside the fathering component";
        if (r.minSessions() < 0 || r.minSessions() > core.size()) {
            v.add(new Violation("completion.minSessions", "achievable", "completion.minSessions must be between 0 and "
                    + what + " (was " + r.minSessions() + ")"));
        }
        // a man who is not a parent never has the fathering sessions: the rule must be met without them
        long possibleMinutes = possibleInterventionMinutes(c) - fatheringMinutes;
        if (r.minHours() < 0 || r.minHours() * 60L > possibleMinutes) {
            v.add(new Violation("completion.minHours", "achievable", "completion.minHours (" + r.minHours()
                    + ") cannot be met: a man who attends every group session"
                    + (fathering.isEmpty() ? "" : " outside the fathering component")
                    + " and planned one-to-one gets " + possibleMinutes / 60 + " hours " + possibleMinutes % 60
                    + " minutes"));
        }
        Scope scope = new Scope(core, possibleMinutes, 0, what, n, fathering);
        for (int s : r.requiredSessions()) {
            required(v, "completion.requiredSessions", s, scope);
        }
        if (r.maxUnexcusedAbsences() < 0 || r.maxUnexcusedAbsences() > n) {
            v.add(new Violation("completion.maxUnexcusedAbsences", "range",
                    "completion.maxUnexcusedAbsences must be between 0 and " + n));
        }
        if (r.warnAfterConsecutiveUnexcused() < 1 || r.warnAfterConsecutiveUnexcused() > n) {
            v.add(new Violation("completion.warnAfterConsecutiveUnexcused", "range",
                    "completion.warnAfterConsecutiveUnexcused must be between 1 and " + n));
        }
        long weeks = (long) n * Math.max(1, c.delivery().everyWeeks());
        long groupOneToOnes = c.oneToOne().planned() ? weeks / c.oneToOne().everyWeeks() : 0;
        Scope group = new Scope(core, possibleMinutes, groupOneToOnes, what, n, fathering);
        r.criteria().ifPresent(cr -> criterion(v, "completion.criteria", cr, group));
        c.oneToOnePathway().ifPresent(p -> {
            if (p.everyWeeks() < 1 || p.everyWeeks() > 12) {
                v.add(new Violation("oneToOnePathway.everyWeeks", "range",
                        "oneToOnePathway.everyWeeks must be between 1 and 12"));
            }
            if (p.minutes() < 1 || p.minutes() > MAX_SESSION_MINUTES) {
                v.add(new Violation("oneToOnePathway.minutes", "range",
                        "oneToOnePathway.minutes must be between 1 and " + MAX_SESSION_MINUTES));
            }
            // a man on the pathway has a one-to-one at every due date over the curriculum's weeks, or more if needed:
            // allow up to twice the sessions' count of one-to-ones, each of the pathway's length
            long most = 2L * n;
            long minutes = most * Math.max(0, p.minutes());
            java.util.Set<Integer> every = new java.util.TreeSet<>();
            for (int i = 1; i <= n; i++) {
                every.add(i);
            }
            criterion(v, "oneToOnePathway.completion", p.completion(), new Scope(every, minutes, most,
                    "the " + n + " sessions of the curriculum", n, java.util.Set.of()));
        });
        fathering(v, c, fathering, fatheringMinutes);
    }

    private static void fathering(List<Violation> v, Curriculum c, java.util.SortedSet<Integer> sessions,
            long minutes) {
        if (c.fathering().isEmpty()) {
            return;
        }
        FatheringComponent f = c.fathering().get();
        if (c.isAftercare()) {
            v.add(new Violation("fathering", "not-in-aftercare", "an aftercare curriculum has no fathering component"));
        }
        if (c.modules().stream().noneMatch(m -> m.id().equals(f.module()))) {
            v.add(new Violation("fathering.module", "exists", "fathering.module '" + f.module()
                    + "' is not one of the modules " + c.modules().stream().map(CurriculumModule::id).toList()));
            return;
        }
        if (sessions.size() == c.sessions().size()) {
            v.add(new Violation("fathering.module", "not-every-session", "the fathering component cannot be the "
                    + "whole curriculum: a man who is not a parent would have no sessions"));
            return;
        }
        if (c.groupType() == GroupType.ROLLING && c.entryPoints().isEmpty()) {
            v.add(new Violation("fathering.module", "entry-point-left", "a rolling curriculum needs a module other "
                    + "than the fathering component for men to join at"));
        }
        criterion(v, "fathering.completion", f.completion(), new Scope(sessions, minutes, 0,
                "the " + sessions.size() + " sessions of the fathering component " + sessions, c.sessions().size(),
                java.util.Set.of()));
    }

    private static void required(List<Violation> v, String path, int s, Scope scope) {
        if (s < 1 || s > scope.all()) {
            v.add(new Violation(path, "exists", "required session " + s + " is not a session (there are 1 to "
                    + scope.all() + ")"));
        } else if (scope.fathering().contains(s)) {
            v.add(new Violation(path, "not-fathering-session", "required session " + s + " is in the fathering "
                    + "component, which a man who is not a parent never has; require it in fathering.completion"));
        } else if (!scope.sessions().contains(s)) {
            v.add(new Violation(path, "in-scope", "required session " + s + " is not one of " + scope.what()));
        }
    }

    private static void criterion(List<Violation> v, String path, CompletionCriterion c, Scope scope) {
        if (c instanceof CompletionCriterion.MinSessions m) {
            if (m.sessions() < 0 || m.sessions() > scope.sessions().size()) {
                v.add(new Violation(path + ".minSessions", "achievable", "minSessions must be between 0 and "
                        + scope.what() + " (was " + m.sessions() + ")"));
            }
        } else if (c instanceof CompletionCriterion.MinHours m) {
            if (m.hours() < 0 || m.hours() * 60L > scope.minutes()) {
                v.add(new Violation(path + ".minHours", "achievable", "minHours (" + m.hours() + ") cannot be met: "
                        + "the most time a man can be credited here is " + scope.minutes() / 60 + " hours "
                        + scope.minutes() % 60 + " minutes"));
            }
        } else if (c instanceof CompletionCriterion.MinOneToOnes m) {
            if (m.count() < 0 || m.count() > scope.oneToOnes()) {
                v.add(new Violation(path + ".minOneToOnes", "achievable", "minOneToOnes must be between 0 and "
                        + scope.oneToOnes() + " (the one-to-ones the cadence plans), was " + m.count()));
            }
        } else if (c instanceof CompletionCriterion.RequiredSessions r) {
            for (int s : r.sessions()) {
                required(v, path + ".requiredSessions", s, scope);
            }
        } else if (c instanceof CompletionCriterion.AllOf all) {
            for (int i = 0; i < all.parts().size(); i++) {
                criterion(v, path + ".all[" + i + "]", all.parts().get(i), scope);
            }
        } else if (c instanceof CompletionCriterion.AnyOf any) {
            for (int i = 0; i < any.parts().size(); i++) {
                criterion(v, path + ".any[" + i + "]", any.parts().get(i), scope);
            }
        }
    }

    /**
     * The most intervention time a man can be credited in one pass: every group session in full, plus every planned
     * one-to-one over the weeks the programme runs.
     *
     * @param c the curriculum
     * @return minutes
     */
    public static long possibleInterventionMinutes(Curriculum c) {
        long group = 0;
        for (CurriculumSession s : c.sessions()) {
            group += Math.max(0, s.durationMinutes());
        }
        long oneToOne = 0;
        OneToOneCadence o = c.oneToOne();
        if (o.everyWeeks() > 0 && o.minutes() > 0) {
            long weeks = (long) c.sessions().size() * Math.max(1, c.delivery().everyWeeks());
            oneToOne = (weeks / o.everyWeeks()) * o.minutes();
        }
        return group + oneToOne;
    }

    private static void text(List<Violation> v, String path, String value, int max) {
        if (value.isBlank()) {
            v.add(new Violation(path, "not-blank", path + " must not be blank"));
        } else if (value.length() > max) {
            v.add(new Violation(path, "max-length", path + " must be at most " + max + " characters"));
        }
    }

    private static void texts(List<Violation> v, String path, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null) {
                v.add(new Violation(path + "[" + i + "]", "required", path + "[" + i + "] must not be null"));
            } else {
                text(v, path + "[" + i + "]", value, TEXT_MAX);
            }
        }
    }
}
