package org.dvpp.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dvpp.curriculum.CompletionRule;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumJson;
import org.dvpp.curriculum.CurriculumModule;
import org.dvpp.curriculum.CurriculumPluginException;
import org.dvpp.curriculum.CurriculumSession;
import org.dvpp.curriculum.Exercise;
import org.dvpp.curriculum.HolidayCalendars;
import org.dvpp.curriculum.InvalidCurriculumException;
import org.dvpp.curriculum.Schedule;
import org.dvpp.curriculum.ScheduleRequest;
import org.dvpp.curriculum.ScheduledSession;
import org.dvpp.curriculum.SkippedDate;
import org.dvpp.curriculum.spi.HolidayCalendar;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.Violation;
import org.dvpp.domain.group.GroupType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code dvpp curriculum}: lists, shows, validates and schedules curricula. Exit codes: 0 done, 2 invalid input (the
 * message names the field and the rule), 1 anything else.
 */
@Command(name = "curriculum", mixinStandardHelpOptions = true,
        description = "List, show, validate and schedule group curricula.",
        subcommands = {CurriculumCommand.ListCurricula.class, CurriculumCommand.Show.class,
            CurriculumCommand.Validate.class, CurriculumCommand.ScheduleCurriculum.class})
final class CurriculumCommand implements Runnable {
    static final int INVALID = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--dir", description = "Also read the agency's own curricula (*.json) from this directory.")
    Path directory;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    CurriculumCatalogue catalogue() {
        return CurriculumSupport.catalogue(DvppCommand.plugins(spec), directory);
    }

    /** Runs a body, turning the SDK's refusals into exit code 2 with one line per broken rule. */
    static int guarded(CommandSpec spec, Callable<Integer> body) throws Exception {
        return guarded(spec, false, body);
    }

    /** As {@link #guarded(CommandSpec, Callable)}; with {@code json} the refusal is a JSON error on standard output. */
    static int guarded(CommandSpec spec, boolean json, Callable<Integer> body) throws Exception {
        if (json) {
            try {
                return body.call();
            } catch (org.dvpp.domain.DvppException e) {
                return Errors.report(spec, e, true);
            }
        }
        PrintWriter err = spec.commandLine().getErr();
        try {
            return body.call();
        } catch (InvalidCurriculumException e) {
            err.println("invalid: " + e.source());
            printViolations(err, e.violations());
            return INVALID;
        } catch (InvalidInputException e) {
            printViolations(err, e.violations());
            return INVALID;
        } catch (NotFoundException e) {
            err.println("error: " + e.getMessage());
            return INVALID;
        } catch (CurriculumPluginException e) {
            err.println("plugin error: " + e.getMessage());
            return 1;
        }
    }

    static void printViolations(PrintWriter err, List<Violation> violations) {
        for (Violation v : violations) {
            err.println("  " + v.path() + ": " + v.message() + " [" + v.rule() + "]");
        }
    }

    static String hours(long minutes) {
        return minutes % 60 == 0 ? (minutes / 60) + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the curricula available.")
    static final class ListCurricula implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CurriculumCommand parent;

        @Override
        public Integer call() throws Exception {
            return guarded(spec, () -> {
                PrintWriter out = spec.commandLine().getOut();
                out.printf("%-24s %-8s %8s %7s  %-7s  %s%n", "ID", "VERSION", "SESSIONS", "HOURS", "GROUP", "TITLE");
                for (CurriculumCatalogue.Entry e : parent.catalogue().entries()) {
                    Curriculum c = e.curriculum();
                    out.printf("%-24s %-8s %8d %7s  %-7s  %s%n", c.id(), c.version(), c.sessionCount(),
                            hours(c.groupTime().toMinutes()), c.groupType().name().toLowerCase(Locale.ROOT), c.title());
                }
                return 0;
            });
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a curriculum: modules, sessions, objectives, exercises and safety prompts.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CurriculumCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "The curriculum's id (see 'dvpp curriculum list').")
        String id;

        @Option(names = "--json", description = "Print the definition as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return guarded(spec, json, () -> {
                Curriculum c = parent.catalogue().get(id);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(CurriculumJson.write(c));
                    return 0;
                }
                out.printf("%s  %s (version %s)%n", c.id(), c.title(), c.version());
                out.println(c.summary());
                out.printf("Group: %s%s; meets every %s; sessions of up to %d minutes; %d sessions, %s in all%n",
                        c.groupType().name().toLowerCase(Locale.ROOT),
                        c.groupType() == GroupType.ROLLING ? " (new men join at sessions " + c.entryPoints() + ")" : "",
                        c.delivery().everyWeeks() == 1 ? "week" : c.delivery().everyWeeks() + " weeks",
                        c.delivery().sessionMinutes(), c.sessionCount(), hours(c.groupTime().toMinutes()));
                out.println(c.oneToOne().planned()
                        ? "One-to-ones: " + c.oneToOne().minutes() + " minutes every "
                                + (c.oneToOne().everyWeeks() == 1 ? "week" : c.oneToOne().everyWeeks() + " weeks")
                        : "One-to-ones: none planned");
                CompletionRule r = c.completion();
                if (c.isAftercare()) {
                    out.println("Aftercare: a relapse-prevention group for men who have completed; it decides no"
                            + " completion (dvpp.aftercare() gives its places and takes its registers)");
                }
                c.fathering().ifPresent(f -> out.printf("Fathering component: module %s (sessions %s), for men who"
                        + " are parents only%n", f.module(), c.fatheringSessions()));
                out.printf("Completion: at least %d sessions attended or caught up; at least %d hours (group and"
                                + " one-to-one); sessions %s attended or caught up. Exclusion review above %d unexcused"
                                + " absences; warning after %d in a row.%n",
                        r.minSessions(), r.minHours(), r.requiredSessions(), r.maxUnexcusedAbsences(),
                        r.warnAfterConsecutiveUnexcused());
                for (CurriculumModule m : c.modules()) {
                    out.println();
                    out.printf("== Module %s: %s (sessions %d-%d)%n", m.id(), m.title(), m.firstSession(), m.lastSession());
                    for (int n = m.firstSession(); n <= m.lastSession(); n++) {
                        printSession(out, c.session(n));
                    }
                }
                return 0;
            });
        }

        private static void printSession(PrintWriter out, CurriculumSession s) {
            out.println();
            out.printf("Session %d: %s (%d min)%n", s.number(), s.title(), s.durationMinutes());
            out.println("  Theme: " + s.theme());
            out.println("  Objectives:");
            s.objectives().forEach(o -> out.println("    - " + o));
            out.println("  Exercises:");
            for (Exercise e : s.exercises()) {
                out.printf("    - %s (%d min): %s%n", e.title(), e.minutes(), e.description());
            }
            out.println("  Safety:");
            s.safetyPrompts().forEach(p -> out.println("    ! " + p));
            if (!s.facilitatorNotes().isBlank()) {
                out.println("  Facilitator notes: " + s.facilitatorNotes());
            }
            if (!s.materials().isEmpty()) {
                out.println("  Materials: " + String.join("; ", s.materials()));
            }
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = {"Check a curriculum definition file; every broken rule is listed with its JSON path, and its id "
                + "is checked against the built-ins and the plugins found.", "Exit code 0 if it is valid, 2 if not."})
    static final class Validate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE", description = "The definition (JSON).")
        Path file;

        @Override
        public Integer call() throws Exception {
            return guarded(spec, () -> {
                Curriculum c = CurriculumJson.read(file);
                // its id must not clash with a built-in or a plugin's curriculum the command would load
                var taken = CurriculumSupport.catalogue(DvppCommand.plugins(spec), null, file).entries().stream()
                        .filter(e -> e.curriculum().id().equals(c.id())).findFirst();
                if (taken.isPresent()) {
                    spec.commandLine().getErr().println("invalid: " + file + ": the curriculum id '" + c.id()
                            + "' is already used by provider '" + taken.get().providerId() + "' ("
                            + taken.get().providerClass() + "); choose another id [unique]");
                    return INVALID;
                }
                spec.commandLine().getOut().printf("valid: %s version %s, %d sessions in %d modules, %s%n", c.id(),
                        c.version(), c.sessionCount(), c.modules().size(), hours(c.groupTime().toMinutes()));
                return 0;
            });
        }
    }

    @Command(name = "schedule", mixinStandardHelpOptions = true,
            description = "Date a curriculum's sessions from a start date on a weekday, skipping holidays.")
    static final class ScheduleCurriculum implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @ParentCommand
        CurriculumCommand parent;

        @Parameters(index = "0", paramLabel = "ID", description = "The curriculum's id.")
        String id;

        @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD",
                description = "The earliest date of the first session.")
        String start;

        @Option(names = "--weekday", required = true, paramLabel = "DAY",
                description = "The day the group meets: ${COMPLETION-CANDIDATES}.")
        DayOfWeek weekday;

        @Option(names = "--time", defaultValue = "18:00", paramLabel = "HH:MM",
                description = "The start time (default: ${DEFAULT-VALUE}).")
        String time;

        @Option(names = "--calendar", defaultValue = HolidayCalendars.ENGLAND_AND_WALES,
                description = "The holiday calendar (default: ${DEFAULT-VALUE}).")
        String calendarId;

        @Option(names = "--meetings", paramLabel = "N",
                description = "For a rolling curriculum, how many meetings to plan (default: one full cycle).")
        Integer meetings;

        @Option(names = "--json", description = "Print the schedule as JSON.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            return guarded(spec, json, () -> {
                LocalDate startDate;
                LocalTime startTime;
                try {
                    startDate = LocalDate.parse(start);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("--start", "date-format", "must be a date in the form YYYY-MM-DD (was '"
                            + start + "')");
                }
                try {
                    startTime = LocalTime.parse(time);
                } catch (DateTimeParseException e) {
                    throw new InvalidInputException("--time", "time-format", "must be a time in the form HH:MM (was '"
                            + time + "')");
                }
                Curriculum c = parent.catalogue().get(id);
                HolidayCalendar calendar = CurriculumSupport.calendars(DvppCommand.plugins(spec)).get(calendarId);
                ScheduleRequest request = new ScheduleRequest(startDate, weekday, startTime);
                Schedule s;
                if (meetings != null) {
                    if (c.groupType() != GroupType.ROLLING) {
                        throw new InvalidInputException("--meetings", "rolling-only",
                                "only a rolling curriculum can be scheduled for a number of meetings; " + c.id()
                                        + " is a closed cohort");
                    }
                    s = Schedule.rolling(c, request, calendar, meetings);
                } else {
                    s = Schedule.closed(c, request, calendar);
                }
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(CurriculumJson.write(s));
                    return 0;
                }
                out.printf("%s (version %s): %d meetings on %ss at %s, calendar %s%n", c.id(), c.version(),
                        s.sessions().size(), weekday.name().charAt(0) + weekday.name().substring(1).toLowerCase(Locale.ROOT),
                        startTime, calendar.id());
                out.printf("%4s  %-10s  %-5s  %4s  %s%n", "#", "DATE", "TIME", "MIN", "SESSION");
                for (ScheduledSession x : s.sessions()) {
                    out.printf("%4d  %-10s  %-5s  %4d  %d. %s%n", x.sequence(), x.start().toLocalDate(),
                            x.start().toLocalTime(), x.duration().toMinutes(), x.curriculumSession(),
                            c.session(x.curriculumSession()).title());
                }
                if (s.skipped().isEmpty()) {
                    out.println("No dates skipped.");
                } else {
                    out.println("Skipped dates:");
                    for (SkippedDate d : s.skipped()) {
                        out.printf("      %-10s  %s: %s%n", d.date(), d.reason(), d.detail());
                    }
                }
                return 0;
            });
        }
    }
}
