package org.dvpp.examples.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.examples.demo.SimulatedClock;
import org.dvpp.programme.Groups;
import org.dvpp.programme.Safety;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The console's security over plain HTTP: headers, the session cookie, form tokens, the lockout, the access policy
 * deciding every page, SDK errors beside the field, and no P0 on a facilitator's pages.
 */
class ConsoleSecurityTest {
    static final String PASSWORD = "demo-password-for-tests";
    private static final SimulatedClock WALL = new SimulatedClock(Instant.parse("2026-12-01T10:00:00Z"));
    private static DemoConsole demo;

    @BeforeAll
    static void start() throws Exception {
        Path dir = Files.createTempDirectory("dvpp-console-test");
        demo = DemoConsole.start(dir.resolve("demo"), 0, Optional.of(PASSWORD), s -> { }, WALL);
    }

    @AfterAll
    static void stop() {
        demo.close();
    }

    private static Http as(String user) {
        Http h = new Http(demo.console().uri());
        HttpResponse<String> r = h.signIn(user, PASSWORD);
        assertThat(r.statusCode()).as("sign-in of " + user).isEqualTo(303);
        return h;
    }

    private static GroupSession tonight() {
        var staff = demo.result().staff();
        return demo.dvpp().groups().sessions(staff.facilitator(), demo.result().group()).stream()
                .filter(s -> !s.registerTaken()).findFirst().orElseThrow();
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        Http anonymous = new Http(demo.console().uri());
        Http facilitator = as("facilitator");
        List<HttpResponse<String>> responses = List.of(anonymous.get("/signin"), anonymous.get("/console.css"),
                anonymous.get("/groups"), facilitator.get("/"), facilitator.get("/no-such-page"),
                facilitator.get("/caseload"), facilitator.post("/signout", Map.of("csrf", "wrong")));
        for (HttpResponse<String> r : responses) {
            var h = r.headers();
            String where = r.request().method() + " " + r.uri().getPath() + " " + r.statusCode();
            assertThat(h.firstValue("Content-Security-Policy")).as(where).hasValue(
                    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
                            + "frame-ancestors 'none'; base-uri 'none'");
            assertThat(h.firstValue("X-Content-Type-Options")).as(where).hasValue("nosniff");
            assertThat(h.firstValue("X-Frame-Options")).as(where).hasValue("DENY");
            assertThat(h.firstValue("Referrer-Policy")).as(where).hasValue("no-referrer");
            assertThat(h.firstValue("Cache-Control")).as(where).hasValue("no-store");
            assertThat(h.firstValue("Cross-Origin-Opener-Policy")).as(where).hasValue("same-origin");
            assertThat(h.firstValue("Server")).as(where).isEmpty();
        }
        assertThat(responses.get(4).statusCode()).isEqualTo(404);
        assertThat(responses.get(4).body()).contains("Not found");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrictAndIsReplacedAtSignIn() {
        Http h = new Http(demo.console().uri());
        HttpResponse<String> page = h.get("/signin");
        String before = cookie(page);
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow())
                .contains("HttpOnly").contains("SameSite=Strict").contains("Path=/");
        HttpResponse<String> signedIn = h.postForm("/signin", Map.of("name", "facilitator", "password", PASSWORD));
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String after = cookie(signedIn);
        assertThat(signedIn.headers().firstValue("Set-Cookie").orElseThrow()).contains("HttpOnly")
                .contains("SameSite=Strict");
        assertThat(after).isNotEqualTo(before).hasSizeGreaterThanOrEqualTo(43);
        // the id known before sign-in does not open the signed-in pages
        Http thief = new Http(demo.console().uri());
        var stolen = java.net.http.HttpRequest.newBuilder(demo.console().uri().resolve("/groups"))
                .header("Cookie", "dvpp_console=" + before).build();
        try {
            var r = thief.client.send(stolen, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).hasValue("/signin");
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        // signing out ends the session on the server, not just in the browser
        assertThat(h.get("/groups").statusCode()).isEqualTo(200);
        assertThat(h.postForm("/signout", Map.of()).statusCode()).isEqualTo(303);
        var replay = java.net.http.HttpRequest.newBuilder(demo.console().uri().resolve("/groups"))
                .header("Cookie", "dvpp_console=" + after).build();
        try {
            assertThat(thief.client.send(replay, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(303);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static String cookie(HttpResponse<String> r) {
        Matcher m = Pattern.compile("dvpp_console=([^;]*)").matcher(r.headers().firstValue("Set-Cookie")
                .orElseThrow());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void aFormWithoutItsTokenIsRefusedAndChangesNothing() {
        Http h = as("facilitator");
        GroupSession s = tonight();
        List<Groups.DueMan> due = demo.dvpp().groups().due(demo.result().staff().facilitator(), s.id());
        Map<String, String> register = new HashMap<>();
        due.forEach(m -> register.put("status-" + m.caseId().value(), "PRESENT"));
        HttpResponse<String> none = h.post("/sessions/" + s.id().value() + "/register", register);
        Map<String, String> wrong = new HashMap<>(register);
        wrong.put("csrf", "not-the-token");
        HttpResponse<String> forged = h.post("/sessions/" + s.id().value() + "/register", wrong);
        // another signed-in user's token is not this session's either
        Http other = as("facilitator");
        Map<String, String> borrowed = new HashMap<>(register);
        borrowed.put("csrf", other.csrf);
        HttpResponse<String> crossed = h.post("/sessions/" + s.id().value() + "/register", borrowed);
        for (HttpResponse<String> r : List.of(none, forged, crossed)) {
            assertThat(r.statusCode()).isEqualTo(403);
            assertThat(r.body()).contains("This form has expired");
        }
        assertThat(demo.dvpp().groups().due(demo.result().staff().facilitator(), s.id()))
                .allSatisfy(m -> assertThat(m.recorded()).isEmpty());
        // the sign-in form needs its token too
        Http fresh = new Http(demo.console().uri());
        fresh.get("/signin");
        assertThat(fresh.post("/signin", Map.of("name", "facilitator", "password", PASSWORD)).statusCode())
                .isEqualTo(403);
    }

    @Test
    void fiveFailedSignInsLockTheAccountForFifteenMinutesWhateverIsTyped() {
        Http h = new Http(demo.console().uri());
        for (int i = 0; i < LocalUsers.MAX_FAILURES; i++) {
            HttpResponse<String> r = h.signIn("supervisor", "wrong password " + i);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).contains("Sign-in failed");
        }
        HttpResponse<String> locked = h.signIn("supervisor", PASSWORD);
        assertThat(locked.statusCode()).as("right password while locked").isEqualTo(401);
        assertThat(locked.body()).contains("Sign-in failed");
        // an unknown user gets the same answer as a locked or wrong one
        assertThat(h.signIn("nobody-here", PASSWORD).body()).contains("Sign-in failed");
        WALL.set(WALL.instant().plus(LocalUsers.LOCKOUT).plus(Duration.ofMinutes(1)));
        assertThat(h.signIn("supervisor", PASSWORD).statusCode()).isEqualTo(303);
    }

    @Test
    void theAccessPolicyDecidesEveryPage() {
        Http anonymous = new Http(demo.console().uri());
        for (String path : List.of("/", "/groups", "/caseload", "/notifications", "/report")) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(path).hasValue("/signin");
        }
        Http facilitator = as("facilitator");
        for (String path : List.of("/caseload", "/notifications", "/contact-log", "/safety-plans", "/report")) {
            HttpResponse<String> r = facilitator.get(path);
            assertThat(r.statusCode()).as("facilitator " + path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("Not for your role");
        }
        assertThat(facilitator.get("/groups").statusCode()).isEqualTo(200);
        assertThat(facilitator.get("/").body()).contains("My groups").doesNotContain("My caseload")
                .doesNotContain("Commissioner report");

        Http partner = as("partner");
        assertThat(partner.get("/groups").statusCode()).isEqualTo(403);
        assertThat(partner.get("/sessions/" + tonight().id().value()).statusCode()).isEqualTo(403);
        assertThat(partner.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(partner.get("/report").statusCode()).isEqualTo(403);
        assertThat(partner.get("/contact-log").body()).contains("not available yet");

        Http manager = as("manager");
        HttpResponse<String> report = manager.get("/report?from=2025-01-01&to=2026-12-31&by=AREA");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains("Commissioner report").contains("Disclosure control").contains("<svg");
        assertThat(manager.get("/caseload").statusCode()).isEqualTo(403);
        // a manager sees the groups but may not take a register: the SDK's policy, not the console, says so
        HttpResponse<String> session = manager.get("/sessions/" + tonight().id().value());
        assertThat(session.statusCode()).isEqualTo(200);
        assertThat(session.body()).doesNotContain("Save the register");
        assertThat(manager.postForm("/sessions/" + tonight().id().value() + "/register", Map.of()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void aFacilitatorReachesOnlyHisOwnGroupsAndMenByUrl() {
        Http facilitator = as("facilitator");
        assertThat(facilitator.get("/groups/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(facilitator.get("/men/" + java.util.UUID.randomUUID()).statusCode()).isEqualTo(404);
        assertThat(facilitator.get("/men/not-an-id").statusCode()).isEqualTo(404);
        // a man on the waiting list is not in the facilitator's group
        var staff = demo.result().staff();
        var waiting = demo.dvpp().groups().waitingList(staff.manager(), demo.result().group());
        var caseload = demo.dvpp().safety().caseload(staff.partnerSupport());
        var notMine = caseload.stream().map(Safety.CaseloadEntry::caseId)
                .filter(c -> demo.dvpp().groups().due(staff.facilitator(), tonight().id()).stream()
                        .noneMatch(m -> m.caseId().equals(c))
                        && demo.dvpp().groups().due(staff.facilitator(), firstSession().id()).stream()
                        .noneMatch(m -> m.caseId().equals(c))).findFirst();
        assertThat(notMine).as("a case outside the group (waiting list %s)", waiting.size()).isPresent();
        assertThat(facilitator.get("/men/" + notMine.get().value()).statusCode()).isEqualTo(404);
    }

    private static GroupSession firstSession() {
        return demo.dvpp().groups().sessions(demo.result().staff().facilitator(), demo.result().group()).get(0);
    }

    @Test
    void sdkErrorsAreShownBesideTheFieldWithTheirRuleAndNothingIsRecorded() {
        Http h = as("facilitator");
        var man = demo.dvpp().groups().due(demo.result().staff().facilitator(), tonight().id()).get(0);
        String path = "/men/" + man.caseId().value() + "/concern";
        h.get(path);
        HttpResponse<String> r = h.postForm(path, Map.of("kind", "DISCLOSURE", "level", "", "occurredAt",
                "2026-02-16T19:00", "dashYesCount", "40", "summary", "x".repeat(4001)));
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Nothing was recorded");
        assertThat(fieldError(r.body(), "level")).contains("(required)");
        assertThat(fieldError(r.body(), "summary")).contains("(");
        assertThat(fieldError(r.body(), "dashYesCount")).contains("(");
        // the register: late without minutes is the SDK's rule, shown beside that man
        h.get("/sessions/" + tonight().id().value());
        List<Groups.DueMan> due = demo.dvpp().groups().due(demo.result().staff().facilitator(), tonight().id());
        Map<String, String> form = new HashMap<>();
        due.forEach(m -> form.put("status-" + m.caseId().value(), "PRESENT"));
        form.put("status-" + due.get(0).caseId().value(), "LATE");
        HttpResponse<String> late = h.postForm("/sessions/" + tonight().id().value() + "/register", form);
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(lineError(late.body(), due.get(0).caseId().value().toString())).contains("required-when-late");
        // a man left out: the SDK's required rule on his line, and the other choices are kept in the form
        form.put("status-" + due.get(0).caseId().value(), "EXCUSED_ABSENCE");
        form.remove("status-" + due.get(1).caseId().value());
        HttpResponse<String> missing = h.postForm("/sessions/" + tonight().id().value() + "/register", form);
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(lineError(missing.body(), due.get(1).caseId().value().toString())).contains("(required)");
        assertThat(missing.body()).containsPattern("value=\"EXCUSED_ABSENCE\" checked");
        assertThat(demo.dvpp().groups().due(demo.result().staff().facilitator(), tonight().id()))
                .allSatisfy(m -> assertThat(m.recorded()).isEmpty());
    }

    private static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("error beside " + field).isTrue();
        return m.group(1);
    }

    private static String lineError(String html, String caseId) {
        Matcher m = Pattern.compile("id=\"error-" + caseId + "\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("error beside man " + caseId).isTrue();
        return m.group(1);
    }

    @Test
    void noP0ReachesAFacilitatorsPagesEvenWhatHeWroteHimself() {
        String marker = "P0-MARKER-" + java.util.UUID.randomUUID();
        Http h = as("facilitator");
        var man = demo.dvpp().groups().due(demo.result().staff().facilitator(), tonight().id()).get(2);
        String concern = "/men/" + man.caseId().value() + "/concern";
        h.get(concern);
        HttpResponse<String> r = h.postForm(concern, Map.of("kind", "DISCLOSURE", "level", "MEDIUM", "occurredAt",
                "2026-02-16T19:00", "dashYesCount", "", "summary", "he said his partner " + marker + " was afraid"));
        assertThat(r.statusCode()).isEqualTo(303);
        // the names of the people at risk, as partner support sees them
        List<String> names = demo.dvpp().safety().caseload(demo.result().staff().partnerSupport()).stream()
                .flatMap(e -> e.people().stream()).map(p -> p.contact().name()).toList();
        assertThat(names).isNotEmpty();
        String group = "/groups/" + demo.result().group().value();
        List<String> pages = List.of("/", "/groups", group, group + "/cohort", "/sessions/" + tonight().id().value(),
                "/sessions/" + firstSession().id().value(), "/men/" + man.caseId().value(), concern);
        for (String page : pages) {
            HttpResponse<String> p = h.get(page);
            assertThat(p.statusCode()).as(page).isEqualTo(200);
            assertThat(p.body()).as(page).doesNotContain(marker);
            for (String name : names) {
                assertThat(p.body()).as(page).doesNotContain(name);
            }
        }
        // partner support sees the people at risk
        Http partner = as("partner");
        assertThat(partner.get("/caseload").body()).contains(names.get(0));
    }
}
