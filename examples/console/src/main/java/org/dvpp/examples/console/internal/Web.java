package org.dvpp.examples.console.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dvpp.curriculum.Curriculum;
import org.dvpp.curriculum.CurriculumCatalogue;
import org.dvpp.curriculum.CurriculumSession;
import org.dvpp.curriculum.Progress;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.DvppException;
import org.dvpp.domain.GroupId;
import org.dvpp.domain.InvalidInputException;
import org.dvpp.domain.NotFoundException;
import org.dvpp.domain.PersonAtRiskId;
import org.dvpp.domain.SupportNotificationId;
import org.dvpp.domain.UserId;
import org.dvpp.domain.SessionId;
import org.dvpp.domain.Violation;
import org.dvpp.domain.group.Attendance;
import org.dvpp.domain.group.AttendanceStatus;
import org.dvpp.domain.group.Group;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.group.SessionStatus;
import org.dvpp.domain.safety.ContactChannel;
import org.dvpp.domain.safety.ContactOutcome;
import org.dvpp.domain.safety.NotificationKind;
import org.dvpp.domain.safety.PartnerContact;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.domain.safety.SafetyAction;
import org.dvpp.domain.safety.SafetyPlan;
import org.dvpp.domain.safety.SupportNotification;
import org.dvpp.examples.console.LocalUsers;
import org.dvpp.programme.AccessDeniedException;
import org.dvpp.programme.AccessPolicy;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Alert;
import org.dvpp.programme.CaseloadEntry;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Groups;
import org.dvpp.programme.PartnerSupport;
import org.dvpp.programme.PartnerSupportRecord;
import org.dvpp.programme.Permission;
import org.dvpp.programme.Safety;
import org.dvpp.reporting.DisclosurePolicy;
import org.dvpp.reporting.PublishedReport;
import org.dvpp.reporting.ReportFormat;
import org.dvpp.reporting.ReportWriter;
import org.dvpp.storage.spi.OutcomeQuery;
import org.dvpp.storage.spi.ReportDimension;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's routes. Every request passes one before-handler: security headers, the session from its cookie, the
 * form token on every POST, sign-in required; then each page asks the SDK's access policy for the permission it needs
 * (the same table the SDK enforces underneath), so no role is named here.
 */
public final class Web {
    private static final Logger LOG = LoggerFactory.getLogger(Web.class);
    /** The session cookie's name. */
    public static final String COOKIE = "dvpp_console";
    /** The Content-Security-Policy of every response. */
    public static final String CSP = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    /** A page of the console: where it is, what the nav calls it, and the permission it needs. */
    private record Page(String label, String href, Permission permission) {
    }

    private static final List<Page> NAV = List.of(
            new Page("My groups", "/groups", Permission.VIEW_GROUPS),
            new Page("My caseload", "/caseload", Permission.VIEW_PARTNER_SUPPORT),
            new Page("Notifications", "/notifications", Permission.VIEW_PARTNER_SUPPORT),
            new Page("Contact log", "/contact-log", Permission.VIEW_PARTNER_SUPPORT),
            new Page("Safety plans", "/safety-plans", Permission.VIEW_PARTNER_SUPPORT),
            new Page("Commissioner report", "/report", Permission.VIEW_REPORTS));

    private final Dvpp dvpp;
    private final AccessPolicy policy;
    private final LocalUsers users;
    private final Sessions sessions;
    private final CurriculumCatalogue curricula;
    private final Clock sdkClock;
    private final boolean secureCookies;
    private final TemplateEngine templates;
    private final String css;

    /**
     * @param dvpp the SDK
     * @param policy the policy the SDK was built with
     * @param users the local users
     * @param curricula the curricula, for session plans
     * @param wallClock the wall clock, for sessions
     * @param sdkClock the SDK's clock, for "tonight"
     * @param secureCookies whether the cookie is marked Secure (behind HTTPS)
     */
    public Web(Dvpp dvpp, AccessPolicy policy, LocalUsers users, CurriculumCatalogue curricula,
            Clock wallClock, Clock sdkClock, boolean secureCookies) {
        this.dvpp = dvpp;
        this.policy = policy;
        this.users = users;
        this.sessions = new Sessions(wallClock);
        this.curricula = curricula;
        this.sdkClock = sdkClock;
        this.secureCookies = secureCookies;
        this.templates = TemplateEngine.createPrecompiled(null, ContentType.Html, Web.class.getClassLoader(),
                "org.dvpp.examples.console.templates");
        try (InputStream in = Web.class.getResourceAsStream("console.css")) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown to stop a request with a status and a page. */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final String heading;
        final String text;

        Stop(int status, String heading, String text) {
            super(heading, null, false, false);
            this.status = status;
            this.heading = heading;
            this.text = text;
        }
    }

    /**
     * @param host the address to listen on
     * @param port the port (0 for any free one)
     * @return the server, not yet started
     */
    public Javalin server(String host, int port) {
        return Javalin.create(config -> configure(config, host, port));
    }

    private void configure(JavalinConfig config, String host, int port) {
        config.jetty.host = host;
        config.jetty.port = port;
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = 64 * 1024;
        config.jetty.modifyHttpConfiguration(h -> h.setSendServerVersion(false));
        var r = config.routes;
        r.before(this::guard);
        r.get("/console.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        r.get("/signin", this::signInPage);
        r.post("/signin", this::signIn);
        r.post("/signout", this::signOut);
        r.get("/", this::home);
        r.get("/groups", this::groups);
        r.get("/groups/{group}", this::group);
        r.get("/groups/{group}/cohort", this::cohort);
        r.get("/sessions/{session}", ctx -> session(ctx, null, List.of(), Map.of(), Optional.empty()));
        r.post("/sessions/{session}/register", this::takeRegister);
        r.get("/men/{case}", this::man);
        r.get("/men/{case}/concern", ctx -> riskPage(ctx, Map.of(), Map.of()));
        r.post("/men/{case}/concern", this::recordRisk);
        r.get("/caseload", this::caseload);
        r.get("/notifications", this::notices);
        r.post("/notifications/{id}/acknowledge", this::acknowledge);
        r.get("/contact-log", ctx -> partnerList(ctx, "Contact log", "/contact-log", "contacts", "Choose whose "
                + "contact log to open, or to record a contact or an attempt at one."));
        r.get("/safety-plans", ctx -> partnerList(ctx, "Safety plans", "/safety-plans", "safety-plan", "Choose "
                + "whose safety plan to open, or to record a new or reviewed plan."));
        r.get("/people/{person}/contacts", ctx -> contactsPage(ctx, Map.of(), Map.of()));
        r.post("/people/{person}/contacts", this::recordContact);
        r.get("/people/{person}/safety-plan", ctx -> plansPage(ctx, Map.of(), Map.of()));
        r.post("/people/{person}/safety-plan", this::recordPlan);
        r.get("/report", this::report);
        r.exception(Stop.class, (e, ctx) -> message(ctx, e.status, e.heading, e.text));
        r.exception(AccessDeniedException.class, (e, ctx) -> message(ctx, 403, "Not for your role",
                "Your role does not allow this. If you need it for your work, ask your manager."));
        r.exception(NotFoundException.class, (e, ctx) -> message(ctx, 404, "Not found",
                "There is nothing here, or it is not yours to see."));
        r.exception(Exception.class, (e, ctx) -> {
            String ref = e instanceof DvppException d ? d.correlationId() : UUID.randomUUID().toString();
            LOG.warn("request {} {} failed (reference {}): {}", ctx.method(), ctx.path(), ref,
                    e.getClass().getName());
            message(ctx, 500, "Something went wrong", "Nothing was changed. Please try again; if it happens again, "
                    + "give your administrator this reference: " + ref + ".");
        });
        r.error(404, ctx -> {
            if (ctx.attribute("rendered") == null) {
                message(ctx, 404, "Not found", "There is no page at this address.");
            }
        });
        r.error(405, ctx -> message(ctx, 405, "Not allowed", "This address does not take that kind of request."));
    }

    // ------------------------------------------------------------------ the guard

    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (secureCookies) {
            ctx.header("Strict-Transport-Security", "max-age=31536000");
        }
        Optional<Sessions.Session> session = sessions.find(ctx.cookie(COOKIE));
        session.ifPresent(s -> ctx.attribute("session", s));
        if (ctx.path().equals("/console.css")) {
            return;
        }
        if (ctx.method() == HandlerType.POST) {
            if (session.isEmpty() || !session.get().csrfMatches(ctx.formParam("csrf"))) {
                throw new Stop(403, "This form has expired",
                        "The form was not sent from this console's current page, or your session ended. Go back, "
                                + "reload the page and try again.");
            }
        }
        boolean signedIn = session.flatMap(Sessions.Session::user).isPresent();
        if (!signedIn && !ctx.path().equals("/signin")) {
            if (ctx.method() == HandlerType.GET) {
                ctx.redirect("/signin", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw new Stop(403, "Please sign in", "Your session ended. Sign in again.");
        }
    }

    private Sessions.Session session(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        if (s == null) {
            throw new Stop(403, "Please sign in", "Your session ended. Sign in again.");
        }
        return s;
    }

    private LocalUsers.SignedIn signedIn(Context ctx) {
        return session(ctx).user().orElseThrow(() -> new Stop(403, "Please sign in", "Sign in first."));
    }

    /** The page's permission, from the SDK's policy: refused with 403 otherwise. */
    private ActingUser require(Context ctx, Permission permission) {
        ActingUser user = signedIn(ctx).user();
        if (!policy.allows(user, permission)) {
            throw new Stop(403, "Not for your role", "Your role does not allow this page. If you need it for your "
                    + "work, ask your manager.");
        }
        return user;
    }

    private void setCookie(Context ctx, String value, long maxAgeSeconds) {
        ctx.header("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secureCookies ? "; Secure" : ""));
    }

    // ------------------------------------------------------------------ rendering

    private Views.Chrome chrome(Context ctx, String title, String current) {
        Sessions.Session s = ctx.attribute("session");
        if (s == null || s.user().isEmpty()) {
            return new Views.Chrome(title, Optional.empty(), List.of(), s == null ? "" : s.csrf(), Optional.empty());
        }
        ActingUser user = s.user().get().user();
        List<Views.Nav> nav = new ArrayList<>();
        nav.add(new Views.Nav("Home", "/", current.equals("/")));
        for (Page p : NAV) {
            if (policy.allows(user, p.permission())) {
                nav.add(new Views.Nav(p.label(), p.href(), current.startsWith(p.href())));
            }
        }
        return new Views.Chrome(title, Optional.of(s.user().get().displayName()), nav, s.csrf(), s.takeFlash());
    }

    private void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        templates.render(template + ".jte", page, out);
        ctx.attribute("rendered", Boolean.TRUE);
        ctx.html(out.toString());
    }

    private void message(Context ctx, int status, String heading, String text) {
        ctx.status(status);
        render(ctx, "message", new Views.Message(chrome(ctx, heading, ""), heading, List.of(text)));
    }

    // ------------------------------------------------------------------ sign-in

    private void signInPage(Context ctx) {
        Sessions.Session s = ctx.attribute("session");
        if (s != null && s.user().isPresent()) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        if (s == null) {
            s = sessions.open(null);
            ctx.attribute("session", s);
            setCookie(ctx, s.id(), Sessions.IDLE.toSeconds());
        }
        render(ctx, "signin", new Views.SignIn(chrome(ctx, "Sign in", "/signin"), "", Optional.empty()));
    }

    private void signIn(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("");
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<LocalUsers.SignedIn> user = name.length() > 80 || password.length() > 200 ? Optional.empty()
                : users.signIn(name, password.toCharArray());
        if (user.isEmpty()) {
            LOG.info("sign-in refused");
            ctx.status(401);
            render(ctx, "signin", new Views.SignIn(chrome(ctx, "Sign in", "/signin"), name.length() > 80 ? ""
                    : name, Optional.of("Sign-in failed: the user name or password is wrong, or the account is "
                    + "locked for a while after too many attempts.")));
            return;
        }
        // a new session (new id, new form token): an id known before sign-in is worthless after it
        sessions.end(session(ctx).id());
        Sessions.Session fresh = sessions.open(user.get());
        setCookie(ctx, fresh.id(), Sessions.IDLE.toSeconds());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        sessions.end(session(ctx).id());
        setCookie(ctx, "", 0);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    private void home(Context ctx) {
        ActingUser user = signedIn(ctx).user();
        List<Views.Nav> tasks = new ArrayList<>();
        for (Page p : NAV) {
            if (policy.allows(user, p.permission())) {
                tasks.add(new Views.Nav(p.label(), p.href(), false));
            }
        }
        String roles = user.roles().stream().map(r -> words(r.name())).sorted().collect(Collectors.joining(", "));
        render(ctx, "home", new Views.Home(chrome(ctx, "Home", "/"), roles, tasks));
    }

    // ------------------------------------------------------------------ facilitators

    private void groups(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_GROUPS);
        List<Views.GroupRow> rows = dvpp.groups().visible(user).stream().map(Web::row).toList();
        render(ctx, "groups", new Views.Groups(chrome(ctx, "My groups", "/groups"), rows));
    }

    private static Views.GroupRow row(Group g) {
        return new Views.GroupRow(g.id().value().toString(), g.name(), g.curriculumId(), words(g.type().name()),
                words(g.status().name()), g.startDate().format(WHEN), words(g.pattern().weekday().name()) + "s at "
                        + g.pattern().startTime().format(TIME));
    }

    private Group visibleGroup(ActingUser user, GroupId id) {
        return dvpp.groups().visible(user).stream().filter(g -> g.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("group", id));
    }

    private static <T> T parse(String kind, String value, java.util.function.Function<UUID, T> make) {
        try {
            return make.apply(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            throw new Stop(404, "Not found", "There is no " + kind + " at this address.");
        }
    }

    private LocalDate today() {
        return LocalDate.now(sdkClock);
    }

    private Optional<Curriculum> curriculum(String id) {
        return curricula.find(id);
    }

    private Views.SessionRow sessionRow(GroupSession s, Optional<Curriculum> curriculum) {
        String title = curriculum.filter(c -> s.curriculumSession() <= c.sessionCount())
                .map(c -> c.session(s.curriculumSession()).title()).orElse("Session " + s.curriculumSession());
        String state;
        if (s.status() == SessionStatus.CANCELLED) {
            state = "Cancelled";
        } else if (s.registerTaken()) {
            state = "Register taken";
        } else if (s.scheduledStart().toLocalDate().isAfter(today())) {
            state = "Coming up";
        } else {
            state = "Register to take";
        }
        return new Views.SessionRow(s.id().value().toString(), s.sequence(), s.curriculumSession(), title,
                s.scheduledStart().toLocalDate().format(WHEN), s.scheduledStart().toLocalTime().format(TIME), state,
                s.registerTaken());
    }

    /** Tonight's session: today's; else the oldest whose register is still to take; else the next one. */
    private Optional<GroupSession> tonight(List<GroupSession> sessions) {
        LocalDate today = today();
        Optional<GroupSession> todays = sessions.stream().filter(s -> s.status() != SessionStatus.CANCELLED
                && s.scheduledStart().toLocalDate().equals(today)).findFirst();
        if (todays.isPresent()) {
            return todays;
        }
        Optional<GroupSession> overdue = sessions.stream().filter(s -> s.status() != SessionStatus.CANCELLED
                && !s.registerTaken() && s.scheduledStart().toLocalDate().isBefore(today)).findFirst();
        if (overdue.isPresent()) {
            return overdue;
        }
        return sessions.stream().filter(s -> s.status() != SessionStatus.CANCELLED
                && s.scheduledStart().toLocalDate().isAfter(today)).findFirst();
    }

    private void group(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_GROUPS);
        GroupId id = parse("group", ctx.pathParam("group"), GroupId::new);
        Group g = visibleGroup(user, id);
        Optional<Curriculum> c = curriculum(g.curriculumId());
        List<GroupSession> sessions = dvpp.groups().sessions(user, id);
        Optional<GroupSession> tonight = tonight(sessions);
        String words;
        if (tonight.isEmpty()) {
            words = "There are no more sessions: this group has finished.";
        } else if (tonight.get().scheduledStart().toLocalDate().equals(today())) {
            words = tonight.get().registerTaken() ? "Tonight's register is taken." : "Tonight:";
        } else if (tonight.get().scheduledStart().toLocalDate().isBefore(today())) {
            words = "No session tonight. This register is still to take:";
        } else {
            words = "No session tonight. The next one is";
        }
        Map<CaseId, String> men = menOf(user, g, sessions);
        List<Views.AlertRow> alerts = alertsAbout(user, men, Set.of(g.id().value()), sessions);
        render(ctx, "group", new Views.Group(chrome(ctx, g.name(), "/groups"), row(g),
                tonight.map(s -> sessionRow(s, c)), words, sessions.stream().map(s -> sessionRow(s, c)).toList(),
                alerts));
    }

    /** The men of a group the user may see, with their references: those due at its first session and tonight's. */
    private Map<CaseId, String> menOf(ActingUser user, Group g, List<GroupSession> sessions) {
        Map<CaseId, String> men = new LinkedHashMap<>();
        if (sessions.isEmpty()) {
            return men;
        }
        dvpp.groups().due(user, sessions.get(0).id()).forEach(m -> men.put(m.caseId(), m.reference()));
        tonight(sessions).ifPresent(s -> dvpp.groups().due(user, s.id())
                .forEach(m -> men.put(m.caseId(), m.reference())));
        return men;
    }

    /** The alerts about these men, groups and sessions; a man is named by his reference rather than his case id. */
    private List<Views.AlertRow> alertsAbout(ActingUser user, Map<CaseId, String> men, Set<UUID> groups,
            List<GroupSession> sessions) {
        if (!policy.allows(user, Permission.VIEW_CASE)) {
            return List.of();
        }
        Set<UUID> subjects = new java.util.HashSet<>(groups);
        sessions.forEach(s -> subjects.add(s.id().value()));
        Set<UUID> cases = men.keySet().stream().map(CaseId::value).collect(Collectors.toSet());
        List<Views.AlertRow> rows = new ArrayList<>();
        for (Alert a : dvpp.alerts().current(user)) {
            boolean aboutMan = a.relatedCase().map(cases::contains).orElse(false) || cases.contains(a.subject());
            if (aboutMan || subjects.contains(a.subject())) {
                Optional<String> href = a.relatedCase().filter(cases::contains).map(u -> "/men/" + u);
                String message = a.message();
                for (var m : men.entrySet()) {
                    message = message.replace("case " + m.getKey().value(), m.getValue());
                }
                rows.add(new Views.AlertRow(sentence(a.kind().name()), message, a.raisedOn().format(WHEN), href));
            }
        }
        return rows;
    }

    private void session(Context ctx, @Nullable Map<String, String[]> form, List<String> errors,
            Map<CaseId, String> lineErrors, Optional<String> facilitatorError) {
        ActingUser user = require(ctx, Permission.VIEW_GROUPS);
        SessionId id = parse("session", ctx.pathParam("session"), SessionId::new);
        List<Groups.DueMan> due = dvpp.groups().due(user, id);
        // the group is found among the user's own: a facilitator reaches only the groups he or she runs
        Group g = null;
        GroupSession s = null;
        for (Group candidate : dvpp.groups().visible(user)) {
            for (GroupSession gs : dvpp.groups().sessions(user, candidate.id())) {
                if (gs.id().equals(id)) {
                    g = candidate;
                    s = gs;
                }
            }
        }
        if (g == null) {
            throw new NotFoundException("group session", id);
        }
        Optional<Curriculum> c = curriculum(g.curriculumId());
        final GroupSession session = s;
        Optional<Views.Plan> plan = c.filter(cur -> session.curriculumSession() <= cur.sessionCount())
                .map(cur -> plan(cur.session(session.curriculumSession())));
        boolean future = s.scheduledStart().toLocalDate().isAfter(today());
        boolean canTake = !s.registerTaken() && !future && s.status() != SessionStatus.CANCELLED
                && policy.allows(user, Permission.DELIVER_SESSIONS);
        Optional<String> notYet = Optional.empty();
        if (!s.registerTaken() && future) {
            notYet = Optional.of("This session is on " + s.scheduledStart().toLocalDate().format(WHEN)
                    + ": its register can be taken on the day.");
        } else if (!s.registerTaken() && !policy.allows(user, Permission.DELIVER_SESSIONS)) {
            notYet = Optional.of("The register has not been taken yet. Facilitators take it.");
        }
        List<Views.RegisterRow> rows = new ArrayList<>();
        for (Groups.DueMan m : due) {
            String key = m.caseId().value().toString();
            String status = form == null ? "" : first(form, "status-" + key);
            String minutes = form == null ? "" : first(form, "minutes-" + key);
            rows.add(new Views.RegisterRow(key, m.reference(), status, minutes, m.recorded().map(Web::recorded)
                    .orElse("Not recorded"), Optional.ofNullable(lineErrors.get(m.caseId()))));
        }
        // the group's facilitators first (ticked unless the form said otherwise), then the agency's others, for cover
        Map<UserId, String> names = facilitatorNames(user);
        Set<String> ticked = form == null ? null : Set.copyOf(List.of(form.getOrDefault("facilitator", new String[0])));
        List<Views.FacilitatorBox> boxes = new ArrayList<>();
        for (UserId f : g.facilitators()) {
            boxes.add(new Views.FacilitatorBox(f.value().toString(), label(user, names, f),
                    ticked == null || ticked.contains(f.value().toString())));
        }
        for (UserId f : names.keySet()) {
            if (!g.facilitators().contains(f)) {
                boxes.add(new Views.FacilitatorBox(f.value().toString(), label(user, names, f) + ", cover",
                        ticked != null && ticked.contains(f.value().toString())));
            }
        }
        List<String> facilitatedBy = s.registerTaken() ? dvpp.facilitators().ofSession(user, id).stream()
                .map(f -> label(user, names, f)).toList() : List.of();
        render(ctx, "session", new Views.Session(chrome(ctx, "Session " + s.sequence() + " of " + g.name(),
                "/groups"), g.id().value().toString(), g.name(), sessionRow(s, c), plan, rows, boxes, facilitatedBy,
                facilitatorError, canTake, notYet, errors));
    }

    /** The agency's facilitators by name, from their facilitator records. */
    private Map<UserId, String> facilitatorNames(ActingUser user) {
        Map<UserId, String> names = new LinkedHashMap<>();
        dvpp.facilitators().list(user).forEach(f -> names.put(f.user(), f.name()));
        return names;
    }

    private static String label(ActingUser user, Map<UserId, String> names, UserId f) {
        String name = names.getOrDefault(f, "an unknown user");
        return f.equals(user.id()) ? name + " (you)" : name;
    }

    private static String first(Map<String, String[]> form, String key) {
        String[] v = form.get(key);
        return v == null || v.length == 0 ? "" : v[0];
    }

    private static String recorded(Attendance a) {
        String words = switch (a.status()) {
            case PRESENT -> "Present";
            case LATE -> "Late";
            case EXCUSED_ABSENCE -> "Absent with a reason";
            case UNEXCUSED_ABSENCE -> "Absent without a reason";
        };
        return a.status().attended() ? words + ", " + a.credited().toMinutes() + " minutes credited" : words;
    }

    private static Views.Plan plan(CurriculumSession s) {
        return new Views.Plan(s.title(), s.theme(), s.durationMinutes(), s.objectives(), s.exercises().stream()
                .map(e -> e.title() + " (" + e.minutes() + " minutes): " + e.description()).toList(),
                s.facilitatorNotes(), s.safetyPrompts(), s.materials());
    }

    private void takeRegister(Context ctx) {
        ActingUser user = require(ctx, Permission.DELIVER_SESSIONS);
        SessionId id = parse("session", ctx.pathParam("session"), SessionId::new);
        List<Groups.DueMan> due = dvpp.groups().due(user, id);
        Map<String, String[]> form = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> form.put(k, v.toArray(String[]::new)));
        List<Groups.RegisterLine> lines = new ArrayList<>();
        Map<CaseId, String> lineErrors = new LinkedHashMap<>();
        List<Groups.DueMan> inOrder = new ArrayList<>();
        for (Groups.DueMan m : due) {
            if (m.recorded().isPresent()) {
                continue;
            }
            String key = m.caseId().value().toString();
            String status = first(form, "status-" + key);
            String minutes = first(form, "minutes-" + key).strip();
            AttendanceStatus st = null;
            try {
                st = status.isEmpty() ? null : AttendanceStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                st = null;
            }
            Optional<Duration> credited = Optional.empty();
            if (!minutes.isEmpty() && st == AttendanceStatus.LATE) {
                try {
                    credited = Optional.of(Duration.ofMinutes(Integer.parseInt(minutes)));
                } catch (NumberFormatException e) {
                    lineErrors.put(m.caseId(), "Write the minutes as a whole number, such as 90.");
                }
            }
            lines.add(new Groups.RegisterLine(m.caseId(), st, credited));
            inOrder.add(m);
        }
        List<UserId> present = new ArrayList<>();
        Optional<String> facilitatorError = Optional.empty();
        for (String f : form.getOrDefault("facilitator", new String[0])) {
            try {
                present.add(new UserId(UUID.fromString(f)));
            } catch (IllegalArgumentException e) {
                facilitatorError = Optional.of("Tick the facilitators from the list.");
            }
        }
        if (!lineErrors.isEmpty() || facilitatorError.isPresent()) {
            ctx.status(422);
            session(ctx, form, List.of(), lineErrors, facilitatorError);
            return;
        }
        try {
            dvpp.groups().takeRegister(user, id, present, lines);
        } catch (InvalidInputException e) {
            List<String> general = new ArrayList<>();
            Map<UserId, String> names = facilitatorNames(user);
            List<String> aboutFacilitators = new ArrayList<>();
            for (Violation v : e.violations()) {
                int man = lineIndex(v.path());
                String text = explain(v);
                if (v.path().startsWith("facilitators")) {
                    // the SDK names a facilitator by user id: the console names him or her
                    for (UserId f : present) {
                        text = text.replace("user " + f.value(), label(user, names, f))
                                .replace("facilitator " + f.value(), label(user, names, f));
                    }
                    aboutFacilitators.add(text);
                } else if (man >= 0 && man < inOrder.size()) {
                    lineErrors.merge(inOrder.get(man).caseId(), text, (a, b) -> a + " " + b);
                } else {
                    general.add(text);
                }
            }
            ctx.status(422);
            session(ctx, form, general, lineErrors, aboutFacilitators.isEmpty() ? Optional.empty()
                    : Optional.of(String.join(" ", aboutFacilitators)));
            return;
        }
        dvpp.events().dispatchPending();
        session(ctx).flash("Register saved for " + lines.size() + " men.");
        ctx.redirect("/sessions/" + id.value(), HttpStatus.SEE_OTHER);
    }

    private static int lineIndex(String path) {
        if (!path.startsWith("lines[")) {
            return -1;
        }
        int end = path.indexOf(']');
        try {
            return Integer.parseInt(path.substring(6, end));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    /** The SDK's message for a broken rule, in plainer words where we have them, with its rule code. */
    private static String explain(Violation v) {
        String text = switch (v.rule()) {
            case "required" -> v.path().endsWith("status") ? "Choose present, late or absent for him."
                    : "This is required.";
            case "required-when-late" -> "Say how many minutes to credit, as he arrived late.";
            case "not-in-future" -> "This must not be in the future.";
            case "facilitator-count" -> "Tick who facilitated this session: " + v.message() + ".";
            default -> v.message();
        };
        return text + " (" + v.rule() + ")";
    }

    private Groups.DueMan manInMyGroups(ActingUser user, CaseId caseId) {
        for (Group g : dvpp.groups().visible(user)) {
            List<GroupSession> sessions = dvpp.groups().sessions(user, g.id());
            List<SessionId> look = new ArrayList<>();
            if (!sessions.isEmpty()) {
                look.add(sessions.get(0).id());
            }
            tonight(sessions).ifPresent(s -> look.add(s.id()));
            for (SessionId s : look) {
                for (Groups.DueMan m : dvpp.groups().due(user, s)) {
                    if (m.caseId().equals(caseId)) {
                        return m;
                    }
                }
            }
        }
        throw new NotFoundException("case", caseId);
    }

    private void man(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_GROUPS);
        require(ctx, Permission.VIEW_CASE);
        CaseId caseId = parse("man", ctx.pathParam("case"), CaseId::new);
        Groups.DueMan m = manInMyGroups(user, caseId);
        Progress p = dvpp.completion().progress(user, caseId);
        var c = dvpp.cases().get(user, caseId);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("Sessions delivered while he had a place", Integer.toString(p.delivered()));
        figures.put("Sessions attended", Integer.toString(p.attended()));
        figures.put("Of which late", Integer.toString(p.late()));
        figures.put("Absent with a reason", Integer.toString(p.excusedAbsences()));
        figures.put("Absent without a reason", Integer.toString(p.unexcusedAbsences()));
        figures.put("Absent without a reason, in a row", Integer.toString(p.consecutiveUnexcused()));
        figures.put("Sessions covered (attended or caught up)", Integer.toString(p.coveredSessions().size()));
        figures.put("Group hours", hours(p.groupTime()));
        figures.put("One-to-one hours", hours(p.oneToOneTime()));
        List<Views.AlertRow> alerts = alertsAbout(user, Map.of(caseId, m.reference()), Set.of(), List.of());
        render(ctx, "man", new Views.Man(chrome(ctx, m.reference(), "/groups"), caseId.value().toString(),
                m.reference(), words(c.status().name()), figures, p.unmet().stream().map(Web::unmet).toList(),
                alerts, policy.allows(user, Permission.RECORD_RISK)));
    }

    private static String hours(Duration d) {
        return String.format(Locale.UK, "%.1f", d.toMinutes() / 60.0);
    }

    /** The SDK's unmet requirements (such as {@code min-sessions: 2 of 10 sessions covered}), in words. */
    private static String unmet(String code) {
        int colon = code.indexOf(':');
        if (colon < 0) {
            return code.replace('-', ' ');
        }
        String what = switch (code.substring(0, colon)) {
            case "min-sessions" -> "Sessions";
            case "min-hours" -> "Hours";
            case "required-sessions" -> "Sessions he must cover";
            default -> sentence(code.substring(0, colon).replace('-', '_'));
        };
        return what + ":" + code.substring(colon + 1);
    }

    private void riskPage(Context ctx, Map<String, String> values, Map<String, String> errors) {
        ActingUser user = require(ctx, Permission.RECORD_RISK);
        CaseId caseId = parse("man", ctx.pathParam("case"), CaseId::new);
        String reference = referenceFor(user, caseId);
        Map<String, String> v = new LinkedHashMap<>();
        v.put("kind", "");
        v.put("level", "");
        v.put("occurredAt", LocalDateTime.now(sdkClock).withSecond(0).withNano(0).toString());
        v.put("dashYesCount", "");
        v.put("summary", "");
        v.putAll(values);
        List<Views.Option> kinds = EnumSet.allOf(RiskEventKind.class).stream()
                .map(k -> new Views.Option(k.name(), sentence(k.name()))).toList();
        List<Views.Option> levels = EnumSet.allOf(RiskLevel.class).stream()
                .map(k -> new Views.Option(k.name(), sentence(k.name()))).toList();
        render(ctx, "risk", new Views.Risk(chrome(ctx, "Record a concern", "/groups"), caseId.value().toString(),
                reference, v, errors, kinds, levels));
    }

    private String referenceFor(ActingUser user, CaseId caseId) {
        if (policy.allows(user, Permission.VIEW_GROUPS)) {
            return manInMyGroups(user, caseId).reference();
        }
        if (policy.allows(user, Permission.VIEW_PEOPLE_AT_RISK)) {
            return dvpp.safety().caseload(user).stream().filter(e -> e.caseId().equals(caseId)).findFirst()
                    .map(Safety.CaseloadEntry::reference).orElseThrow(() -> new NotFoundException("case", caseId));
        }
        throw new NotFoundException("case", caseId);
    }

    private void recordRisk(Context ctx) {
        ActingUser user = require(ctx, Permission.RECORD_RISK);
        CaseId caseId = parse("man", ctx.pathParam("case"), CaseId::new);
        referenceFor(user, caseId);
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : List.of("kind", "level", "occurredAt", "dashYesCount", "summary")) {
            values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse(""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        RiskEventKind kind = enumOrNull(RiskEventKind.class, values.get("kind"));
        RiskLevel level = enumOrNull(RiskLevel.class, values.get("level"));
        Instant at = null;
        if (!values.get("occurredAt").isBlank()) {
            try {
                at = LocalDateTime.parse(values.get("occurredAt")).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.put("occurredAt", "Write the date and time like 2026-02-16T19:30.");
            }
        }
        Optional<Integer> dash = Optional.empty();
        if (!values.get("dashYesCount").isBlank()) {
            try {
                dash = Optional.of(Integer.parseInt(values.get("dashYesCount").strip()));
            } catch (NumberFormatException e) {
                errors.put("dashYesCount", "Write a whole number from 0 to 27, or leave it empty.");
            }
        }
        if (errors.isEmpty()) {
            try {
                dvpp.safety().recordRiskEvent(user, caseId, new Safety.RiskInput(kind, at, level, Set.of(), dash,
                        values.get("summary")));
                dvpp.events().dispatchPending();
                session(ctx).flash("Recorded. Partner support and the safeguarding lead can see it.");
                ctx.redirect(policy.allows(user, Permission.VIEW_GROUPS) ? "/men/" + caseId.value() : "/caseload",
                        HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidInputException e) {
                for (Violation v : e.violations()) {
                    String field = v.path().startsWith("risk.") ? v.path().substring(5) : v.path();
                    int dot = field.indexOf('.');
                    field = dot > 0 ? field.substring(0, dot) : field;
                    errors.merge(values.containsKey(field) ? field : "summary", explain(v), (a, b) -> a + " " + b);
                }
            }
        }
        ctx.status(422);
        riskPage(ctx, values, errors);
    }

    private static <E extends Enum<E>> @Nullable E enumOrNull(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void cohort(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_GROUPS);
        require(ctx, Permission.VIEW_CASE);
        GroupId id = parse("group", ctx.pathParam("group"), GroupId::new);
        Group g = visibleGroup(user, id);
        List<GroupSession> sessions = dvpp.groups().sessions(user, id);
        int delivered = (int) sessions.stream().filter(GroupSession::registerTaken).count();
        Map<CaseId, String> refs = new LinkedHashMap<>();
        if (!sessions.isEmpty()) {
            dvpp.groups().due(user, sessions.get(0).id()).forEach(m -> refs.put(m.caseId(), m.reference()));
            tonight(sessions).ifPresent(s -> dvpp.groups().due(user, s.id())
                    .forEach(m -> refs.put(m.caseId(), m.reference())));
        }
        List<Alert> alerts = dvpp.alerts().current(user);
        List<Views.CohortRow> rows = new ArrayList<>();
        for (var e : refs.entrySet()) {
            Progress p = dvpp.completion().progress(user, e.getKey());
            long mine = alerts.stream().filter(a -> a.relatedCase().map(e.getKey().value()::equals).orElse(false))
                    .count();
            rows.add(new Views.CohortRow(e.getValue(), e.getKey().value().toString(), p.attended(),
                    p.coveredSessions().size(), hours(p.groupTime().plus(p.oneToOneTime())),
                    p.unmet().isEmpty() ? "nothing" : p.unmet().stream().map(Web::unmet)
                            .collect(Collectors.joining("; ")), (int) mine));
        }
        rows.sort(java.util.Comparator.comparing(Views.CohortRow::reference));
        int count = curriculum(g.curriculumId()).map(Curriculum::sessionCount).orElse(sessions.size());
        String svg = rows.isEmpty() ? "" : Chart.cohort(rows, count);
        render(ctx, "cohort", new Views.Cohort(chrome(ctx, "Cohort of " + g.name(), "/groups"),
                g.id().value().toString(), g.name(), delivered, rows, svg));
    }

    // ------------------------------------------------------------------ partner support

    /** A person at risk with the reference of the man she is at risk from. */
    private record Who(PersonAtRisk person, String reference) {
    }

    /**
     * The people at risk this user may see, with the men's references (the SDK's safety caseload, when the policy
     * gives the user {@code VIEW_PEOPLE_AT_RISK}); the reads are audited by the SDK.
     */
    private Map<PersonAtRiskId, Who> people(ActingUser user) {
        Map<PersonAtRiskId, Who> out = new LinkedHashMap<>();
        if (policy.allows(user, Permission.VIEW_PEOPLE_AT_RISK)) {
            for (Safety.CaseloadEntry e : dvpp.safety().caseload(user)) {
                for (PersonAtRisk p : e.people()) {
                    out.put(p.id(), new Who(p, e.reference()));
                }
            }
        }
        return out;
    }

    private static String reference(Map<PersonAtRiskId, Who> who, PersonAtRiskId id) {
        Who w = who.get(id);
        return w == null || w.reference().isEmpty() ? "a closed case" : w.reference();
    }

    private static String when(Instant at) {
        return LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(
                DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK));
    }

    private void caseload(Context ctx) {
        partnerList(ctx, "My caseload", "/caseload", "", "The people at risk allocated to you, those with the most "
                + "notifications to act on first. Each time this page opens it is written to the audit log.");
    }

    /** The worker's caseload, from {@code partnerSupport().caseload}; each row links to a page of hers, if any. */
    private void partnerList(Context ctx, String heading, String current, String suffix, String purpose) {
        ActingUser user = require(ctx, Permission.VIEW_PARTNER_SUPPORT);
        Map<PersonAtRiskId, Who> who = people(user);
        List<Views.CaseloadRow> rows = new ArrayList<>();
        for (CaseloadEntry e : dvpp.partnerSupport().caseload(user)) {
            PersonAtRisk p = e.person();
            rows.add(new Views.CaseloadRow(p.id().value().toString(), p.contact().name(),
                    sentence(p.relationship().name()), reference(who, p.id()),
                    p.contact().phone().isBlank() ? "none" : p.contact().phone(), p.contact().safeContactNotes(),
                    sentence(p.supportStatus().name()), e.openNotifications(),
                    e.lastContact().map(Web::when).orElse("never"),
                    e.safetyPlanReview().map(d -> d.format(WHEN)).orElse("no plan yet")));
        }
        render(ctx, "caseload", new Views.Caseload(chrome(ctx, heading, current), rows, heading, purpose, suffix));
    }

    /** A notification's kind in a word or two, and in a sentence. */
    private static String[] describe(NotificationKind kind) {
        return switch (kind) {
            case PROGRAMME_START -> new String[] {"Started", "He started the programme."};
            case DROP_OUT -> new String[] {"Dropped out", "He left the programme, or was returned to his referrer, "
                    + "before completing it."};
            case EXCLUSION -> new String[] {"Excluded", "The agency excluded him from the programme."};
            case COMPLETION -> new String[] {"Completed", "He completed the programme."};
            case SUSPENSION -> new String[] {"Suspended", "He was suspended while on the programme."};
            case RISK_RISE -> new String[] {"Risk rose", "Risk in his case rose."};
            case CONSENT_WITHDRAWN -> new String[] {"Consent withdrawn", "He withdrew his consent."};
            case CONSENT_NARROWED -> new String[] {"Consent narrowed", "He narrowed with whom information about him "
                    + "may be shared."};
            case DISENGAGEMENT_WARNING -> new String[] {"Drop-out warning", "He may be disengaging: he has missed "
                    + "group sessions without a reason."};
            case OTHER -> new String[] {"Change", "Another change in his case that partner support must know of."};
        };
    }

    private void notices(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_PARTNER_SUPPORT);
        Map<PersonAtRiskId, Who> who = people(user);
        List<SupportNotification> all = new ArrayList<>(dvpp.partnerSupport().tasks(user));
        all.addAll(dvpp.partnerSupport().unallocatedTasks(user));
        all.sort(java.util.Comparator.comparing(SupportNotification::occurredAt));
        List<Views.NoticeRow> open = new ArrayList<>();
        for (SupportNotification n : all) {
            String[] words = describe(n.kind());
            Who w = who.get(n.person());
            String allocated = n.worker().isEmpty() ? "Not allocated (the agency's queue)"
                    : n.worker().get().equals(user.id()) ? "You" : "Another worker";
            open.add(new Views.NoticeRow(n.id().value().toString(), words[0], words[1], when(n.occurredAt()),
                    w == null ? "someone not on your caseload" : w.person().contact().name(),
                    n.person().value().toString(), reference(who, n.person()), allocated));
        }
        render(ctx, "notices", new Views.Notices(chrome(ctx, "Notifications", "/notifications"), open,
                policy.allows(user, Permission.RECORD_PARTNER_SUPPORT)));
    }

    private void acknowledge(Context ctx) {
        ActingUser user = require(ctx, Permission.RECORD_PARTNER_SUPPORT);
        SupportNotificationId id = parse("notification", ctx.pathParam("id"), SupportNotificationId::new);
        try {
            dvpp.partnerSupport().acknowledge(user, id);
            session(ctx).flash("Acknowledged: the notification is off the list, with your name and the time.");
        } catch (InvalidInputException e) {
            if (e.violations().stream().noneMatch(v -> v.rule().equals(PartnerSupport.ALREADY_ACKNOWLEDGED))) {
                throw e;
            }
            session(ctx).flash("That notification was acknowledged already.");
        }
        ctx.redirect("/notifications", HttpStatus.SEE_OTHER);
    }

    /** Her heading on her pages, from her record. */
    private Views.Person person(ActingUser user, PartnerSupportRecord r) {
        PersonAtRisk p = r.person();
        String worker = r.worker().map(w -> w.equals(user.id()) ? "you" : "another worker")
                .orElse("no one yet (the agency's queue)");
        return new Views.Person(p.id().value().toString(), p.contact().name(), sentence(p.relationship().name()),
                reference(people(user), p.id()), worker);
    }

    private static final List<String> CONTACT_FIELDS = List.of("occurredAt", "channel", "outcome", "safeTimes",
            "safeWays", "notes");

    private void contactsPage(Context ctx, Map<String, String> values, Map<String, String> errors) {
        ActingUser user = require(ctx, Permission.VIEW_PARTNER_SUPPORT);
        PersonAtRiskId id = parse("person", ctx.pathParam("person"), PersonAtRiskId::new);
        PartnerSupportRecord r = dvpp.partnerSupport().record(user, id);
        List<Views.ContactRow> rows = new ArrayList<>();
        for (PartnerContact c : r.contacts()) {
            rows.add(0, new Views.ContactRow(when(c.occurredAt()), sentence(c.channel().name()),
                    sentence(c.outcome().name()), c.outcome().reached(), c.safeTimes(), c.safeWays(), c.notes()));
        }
        Map<String, String> v = new LinkedHashMap<>();
        CONTACT_FIELDS.forEach(f -> v.put(f, ""));
        v.put("occurredAt", LocalDateTime.now(sdkClock).withSecond(0).withNano(0).toString());
        v.putAll(values);
        List<Views.Option> channels = EnumSet.allOf(ContactChannel.class).stream()
                .map(k -> new Views.Option(k.name(), sentence(k.name()))).toList();
        List<Views.Option> outcomes = EnumSet.allOf(ContactOutcome.class).stream()
                .map(k -> new Views.Option(k.name(), sentence(k.name()))).toList();
        Views.Person person = person(user, r);
        render(ctx, "contacts", new Views.Contacts(chrome(ctx, "Contact log: " + person.name(), "/contact-log"),
                person, rows, policy.allows(user, Permission.RECORD_PARTNER_SUPPORT), v, errors, channels,
                outcomes));
    }

    private void recordContact(Context ctx) {
        ActingUser user = require(ctx, Permission.RECORD_PARTNER_SUPPORT);
        PersonAtRiskId id = parse("person", ctx.pathParam("person"), PersonAtRiskId::new);
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : CONTACT_FIELDS) {
            values.put(f, Optional.ofNullable(ctx.formParam(f)).orElse(""));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Instant at = null;
        if (!values.get("occurredAt").isBlank()) {
            try {
                at = LocalDateTime.parse(values.get("occurredAt")).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                errors.put("occurredAt", "Write the date and time like 2026-02-16T19:30.");
            }
        }
        if (errors.isEmpty()) {
            try {
                dvpp.partnerSupport().recordContact(user, id, new PartnerSupport.ContactInput(at,
                        enumOrNull(ContactChannel.class, values.get("channel")),
                        enumOrNull(ContactOutcome.class, values.get("outcome")), values.get("safeTimes"),
                        values.get("safeWays"), values.get("notes")));
                session(ctx).flash("Recorded in her contact log.");
                ctx.redirect("/people/" + id.value() + "/contacts", HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidInputException e) {
                fieldErrors(e, "contact.", values.keySet(), "notes", errors);
            }
        }
        ctx.status(422);
        contactsPage(ctx, values, errors);
    }

    /** The SDK's violations beside the form's fields: the path's first part after the prefix, else the fallback. */
    private static void fieldErrors(InvalidInputException e, String prefix, Set<String> fields, String fallback,
            Map<String, String> errors) {
        for (Violation v : e.violations()) {
            String field = v.path().startsWith(prefix) ? v.path().substring(prefix.length()) : v.path();
            int cut = field.length();
            for (char c : new char[] {'.', '['}) {
                int i = field.indexOf(c);
                cut = i > 0 ? Math.min(cut, i) : cut;
            }
            field = field.substring(0, cut);
            errors.merge(fields.contains(field) ? field : fallback, explain(v), (a, b) -> a + " " + b);
        }
    }

    /** How many action rows the safety-plan form has. */
    private static final int ACTION_SLOTS = 4;

    private void plansPage(Context ctx, Map<String, String> values, Map<String, String> errors) {
        ActingUser user = require(ctx, Permission.VIEW_PARTNER_SUPPORT);
        PersonAtRiskId id = parse("person", ctx.pathParam("person"), PersonAtRiskId::new);
        PartnerSupportRecord r = dvpp.partnerSupport().record(user, id);
        Optional<SafetyPlan> plan = r.currentSafetyPlan();
        List<Views.ActionRow> actions = plan.map(p -> p.actions().stream().map(a -> new Views.ActionRow(a.action(),
                a.byWhom().isBlank() ? "not said" : a.byWhom(), a.dueOn().map(d -> d.format(WHEN)).orElse("no date"),
                a.done())).toList()).orElse(List.of());
        Map<String, String> v = new LinkedHashMap<>();
        v.put("agreedOn", today().toString());
        v.put("reviewOn", "");
        for (int i = 0; i < ACTION_SLOTS; i++) {
            v.put("action-" + i, "");
            v.put("byWhom-" + i, "");
            v.put("dueOn-" + i, "");
        }
        v.putAll(values);
        Views.Person person = person(user, r);
        render(ctx, "plans", new Views.Plans(chrome(ctx, "Safety plan: " + person.name(), "/safety-plans"), person,
                plan.map(p -> p.agreedOn().format(WHEN)), plan.map(p -> p.reviewOn().format(WHEN)).orElse(""),
                actions, Math.max(0, r.safetyPlans().size() - 1), policy.allows(user,
                Permission.RECORD_PARTNER_SUPPORT), v, errors, ACTION_SLOTS));
    }

    private void recordPlan(Context ctx) {
        ActingUser user = require(ctx, Permission.RECORD_PARTNER_SUPPORT);
        PersonAtRiskId id = parse("person", ctx.pathParam("person"), PersonAtRiskId::new);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("agreedOn", Optional.ofNullable(ctx.formParam("agreedOn")).orElse("").strip());
        values.put("reviewOn", Optional.ofNullable(ctx.formParam("reviewOn")).orElse("").strip());
        for (int i = 0; i < ACTION_SLOTS; i++) {
            for (String f : List.of("action-", "byWhom-", "dueOn-")) {
                values.put(f + i, Optional.ofNullable(ctx.formParam(f + i)).orElse(""));
            }
        }
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate agreed = values.get("agreedOn").isEmpty() ? null : date(values.get("agreedOn"), "agreedOn",
                errors);
        LocalDate review = values.get("reviewOn").isEmpty() ? null : date(values.get("reviewOn"), "reviewOn",
                errors);
        List<SafetyAction> actions = new ArrayList<>();
        for (int i = 0; i < ACTION_SLOTS; i++) {
            String action = values.get("action-" + i).strip();
            String due = values.get("dueOn-" + i).strip();
            if (action.isEmpty()) {
                if (!due.isEmpty() || !values.get("byWhom-" + i).isBlank()) {
                    errors.merge("actions", "Action " + (i + 1) + ": say what is to be done, or clear its other "
                            + "fields.", (a, b) -> a + " " + b);
                }
                continue;
            }
            Optional<LocalDate> dueOn = Optional.empty();
            if (!due.isEmpty()) {
                try {
                    dueOn = Optional.of(LocalDate.parse(due));
                } catch (DateTimeParseException e) {
                    errors.merge("actions", "Action " + (i + 1) + ": write its date like 2026-03-31.",
                            (a, b) -> a + " " + b);
                    continue;
                }
            }
            try {
                actions.add(new SafetyAction(action, values.get("byWhom-" + i).strip(), dueOn, false));
            } catch (InvalidInputException e) {
                for (Violation v : e.violations()) {
                    errors.merge("actions", "Action " + (i + 1) + ": " + explain(v), (a, b) -> a + " " + b);
                }
            }
        }
        if (errors.isEmpty()) {
            try {
                dvpp.partnerSupport().recordSafetyPlan(user, id, new PartnerSupport.SafetyPlanInput(agreed, review,
                        actions));
                session(ctx).flash("Safety plan recorded: it is the plan in force now.");
                ctx.redirect("/people/" + id.value() + "/safety-plan", HttpStatus.SEE_OTHER);
                return;
            } catch (InvalidInputException e) {
                fieldErrors(e, "plan.", Set.of("agreedOn", "reviewOn", "actions"), "actions", errors);
            }
        }
        ctx.status(422);
        plansPage(ctx, values, errors);
    }

    // ------------------------------------------------------------------ managers

    private void report(Context ctx) {
        ActingUser user = require(ctx, Permission.VIEW_REPORTS);
        String from = Optional.ofNullable(ctx.queryParam("from")).orElse("2025-01-01");
        String to = Optional.ofNullable(ctx.queryParam("to")).orElse(today().toString());
        String by = Optional.ofNullable(ctx.queryParam("by")).orElse(ReportDimension.AREA.name());
        List<Views.Option> options = EnumSet.allOf(ReportDimension.class).stream()
                .map(d -> new Views.Option(d.name(), sentence(d.name()))).toList();
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate f = date(from, "from", errors);
        LocalDate t = date(to, "to", errors);
        ReportDimension dim = enumOrNull(ReportDimension.class, by);
        if (dim == null) {
            errors.put("by", "Choose a breakdown.");
        }
        Optional<String> html = Optional.empty();
        if (errors.isEmpty()) {
            try {
                PublishedReport report = dvpp.reports().outcomes(user, OutcomeQuery.of(f, t.plusDays(1), dim),
                        DisclosurePolicy.DEFAULT);
                StringWriter w = new StringWriter();
                ReportWriter.write(report, ReportFormat.HTML, w);
                html = Optional.of(body(w.toString()));
            } catch (InvalidInputException e) {
                for (Violation v : e.violations()) {
                    String field = v.path().contains("to") ? "to" : "from";
                    errors.merge(field, explain(v), (a, b) -> a + " " + b);
                }
                ctx.status(422);
            }
        } else {
            ctx.status(422);
        }
        render(ctx, "report", new Views.Report(chrome(ctx, "Commissioner report", "/report"), from, to, by, options,
                errors, html));
    }

    private static @Nullable LocalDate date(String value, String field, Map<String, String> errors) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.put(field, "Write a date like 2026-03-31.");
            return null;
        }
    }

    /** The report page's body, its headings one level down so that it sits under this page's heading. */
    static String body(String page) {
        int start = page.indexOf("<body>");
        int end = page.lastIndexOf("</body>");
        String body = start < 0 || end < 0 ? page : page.substring(start + 6, end);
        return body.replace("<h2", "<h3").replace("</h2>", "</h3>").replace("<h1", "<h2").replace("</h1>", "</h2>");
    }

    // ------------------------------------------------------------------ words

    /** {@code IN_PROGRAMME} as "in programme". */
    static String words(String code) {
        return code.toLowerCase(Locale.UK).replace('_', ' ');
    }

    /** {@code IN_PROGRAMME} as "In programme". */
    static String sentence(String code) {
        String w = words(code);
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
