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
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.programme.CaseloadEntry;
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
        String person = "/people/" + myCaseload().get(0).person().id().value();
        for (String path : List.of("/caseload", "/notifications", "/contact-log", "/safety-plans", "/report",
                person + "/contacts", person + "/safety-plan")) {
            HttpResponse<String> r = facilitator.get(path);
            assertThat(r.statusCode()).as("facilitator " + path).isEqualTo(403);
            assertThat(r.body()).as(path).contains("Not for your role");
        }
        // nor act on them: refused before anything is read or written
        facilitator.get("/groups");
        String task = demo.dvpp().partnerSupport().tasks(demo.result().staff().partnerSupport()).get(0).id().value()
                .toString();
        for (String path : List.of(person + "/contacts", person + "/safety-plan", "/notifications/" + task
                + "/acknowledge")) {
            HttpResponse<String> r = facilitator.postForm(path, Map.of("channel", "PHONE", "outcome", "SPOKE"));
            assertThat(r.statusCode()).as("facilitator POST " + path).isEqualTo(403);
        }
        assertThat(demo.dvpp().partnerSupport().tasks(demo.result().staff().partnerSupport()))
                .anyMatch(n -> n.id().value().toString().equals(task));
        assertThat(facilitator.get("/groups").statusCode()).isEqualTo(200);
        assertThat(facilitator.get("/").body()).contains("My groups").doesNotContain("My caseload")
                .doesNotContain("Commissioner report");

        Http partner = as("partner");
        assertThat(partner.get("/groups").statusCode()).isEqualTo(403);
        assertThat(partner.get("/sessions/" + tonight().id().value()).statusCode()).isEqualTo(403);
        assertThat(partner.get("/caseload").statusCode()).isEqualTo(200);
        assertThat(partner.get("/report").statusCode()).isEqualTo(403);
        assertThat(partner.get("/contact-log").body()).contains("Choose whose contact log")
                .contains(person + "/contacts");
        assertThat(partner.get(person + "/safety-plan").statusCode()).isEqualTo(200);
        // the supervisor holds VIEW_PEOPLE_AT_RISK but not VIEW_PARTNER_SUPPORT: the SDK's policy keeps her out
        Http supervisor = as("supervisor");
        assertThat(supervisor.get("/notifications").statusCode()).isEqualTo(403);
        assertThat(supervisor.get(person + "/contacts").statusCode()).isEqualTo(403);

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

    private static List<CaseloadEntry> myCaseload() {
        List<CaseloadEntry> mine = demo.dvpp().partnerSupport().caseload(demo.result().staff().partnerSupport());
        assertThat(mine).as("the demo worker's caseload").isNotEmpty();
        return mine;
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
        // the agency's facilitator rule: one facilitator ticked is too few, and a user with no facilitator record
        // is refused; the SDK's rule codes are shown beside the field, the ticks are kept, and nothing is recorded
        due.forEach(m -> form.put("status-" + m.caseId().value(), "PRESENT"));
        var group = demo.dvpp().groups().visible(demo.result().staff().facilitator()).get(0);
        String lead = group.facilitators().get(0).value().toString();
        HttpResponse<String> one = h.postForm("/sessions/" + tonight().id().value() + "/register", form,
                "facilitator", List.of(lead));
        assertThat(one.statusCode()).isEqualTo(422);
        assertThat(facilitatorError(one.body())).contains("(facilitator-count)");
        assertThat(one.body()).containsPattern("value=\"" + lead + "\" checked")
                .doesNotContainPattern("value=\"" + group.facilitators().get(1).value() + "\" checked");
        HttpResponse<String> stranger = h.postForm("/sessions/" + tonight().id().value() + "/register", form,
                "facilitator", List.of(lead, java.util.UUID.randomUUID().toString()));
        assertThat(stranger.statusCode()).isEqualTo(422);
        assertThat(facilitatorError(stranger.body())).contains("(facilitator-record)")
                .contains("an unknown user has no facilitator record");
        assertThat(demo.dvpp().groups().due(demo.result().staff().facilitator(), tonight().id()))
                .allSatisfy(m -> assertThat(m.recorded()).isEmpty());
    }

    private static String fieldError(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + field + "-error\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("error beside " + field).isTrue();
        return m.group(1);
    }

    private static String facilitatorError(String html) {
        Matcher m = Pattern.compile("id=\"facilitators-error\">([^<]*)<").matcher(html);
        assertThat(m.find()).as("error beside the facilitators").isTrue();
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
        // partner support sees the people at risk on her caseload
        Http partner = as("partner");
        assertThat(partner.get("/caseload").body()).contains(myCaseload().get(0).person().contact().name());
    }

    private static String value(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\" name=\"" + id + "\" type=\"[a-z-]+\" value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("value of " + id).isTrue();
        return m.group(1);
    }

    @Test
    void partnerSupportRecordsContactsAndPlansAndAcknowledgesThroughTheSdk() {
        var worker = demo.result().staff().partnerSupport();
        PersonAtRisk her = myCaseload().get(0).person();
        String path = "/people/" + her.id().value();
        Http partner = as("partner");

        // a contact without how or outcome: the SDK's required rule beside each field, and nothing recorded
        String when = value(partner.get(path + "/contacts").body(), "occurredAt");
        int before = demo.dvpp().partnerSupport().record(worker, her.id()).contacts().size();
        HttpResponse<String> bad = partner.postForm(path + "/contacts", Map.of("occurredAt", when, "channel", "",
                "outcome", "", "notes", "tried"));
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(fieldError(bad.body(), "channel")).contains("(required)");
        assertThat(fieldError(bad.body(), "outcome")).contains("(required)");
        assertThat(demo.dvpp().partnerSupport().record(worker, her.id()).contacts()).hasSize(before);
        String note = "spoke about the group " + java.util.UUID.randomUUID();
        HttpResponse<String> ok = partner.postForm(path + "/contacts", Map.of("occurredAt", when, "channel",
                "PHONE", "outcome", "SPOKE", "safeTimes", "weekday mornings", "safeWays", "", "notes", note));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(partner.get(path + "/contacts").body()).contains("Recorded in her contact log").contains(note)
                .contains("weekday mornings");
        assertThat(demo.dvpp().partnerSupport().record(worker, her.id()).contacts())
                .anyMatch(c -> c.notes().equals(note) && c.recordedBy().equals(worker.id()));
        // a spoken contact is her last contact on the caseload
        assertThat(myCaseload()).filteredOn(e -> e.person().id().equals(her.id()))
                .allSatisfy(e -> assertThat(e.lastContact()).isPresent()).hasSize(1);

        // a safety plan reviewed before it was agreed: the SDK's rule beside the review date
        String agreed = value(partner.get(path + "/safety-plan").body(), "agreedOn");
        Map<String, String> plan = new HashMap<>(Map.of("agreedOn", agreed, "reviewOn", agreed, "action-0",
                "keep the phone charged", "byWhom-0", "her"));
        HttpResponse<String> early = partner.postForm(path + "/safety-plan", plan);
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(fieldError(early.body(), "reviewOn")).contains("(review-after-agreed)");
        assertThat(demo.dvpp().partnerSupport().record(worker, her.id()).currentSafetyPlan()).isEmpty();
        String review = java.time.LocalDate.parse(agreed).plusWeeks(4).toString();
        plan.put("reviewOn", review);
        assertThat(partner.postForm(path + "/safety-plan", plan).statusCode()).isEqualTo(303);
        assertThat(partner.get(path + "/safety-plan").body()).contains("keep the phone charged")
                .contains("Safety plan recorded");
        var current = demo.dvpp().partnerSupport().record(worker, her.id()).currentSafetyPlan().orElseThrow();
        assertThat(current.reviewOn()).hasToString(review);
        assertThat(current.actions()).extracting(a -> a.action()).containsExactly("keep the phone charged");

        // acknowledging a notification takes it off her list, once
        var task = demo.dvpp().partnerSupport().tasks(worker).get(0);
        String ack = "/notifications/" + task.id().value() + "/acknowledge";
        assertThat(partner.get("/notifications").body()).contains(ack);
        assertThat(partner.postForm(ack, Map.of()).statusCode()).isEqualTo(303);
        assertThat(demo.dvpp().partnerSupport().tasks(worker)).noneMatch(n -> n.id().equals(task.id()));
        assertThat(partner.get("/notifications").body()).contains("Acknowledged").doesNotContain(ack);
        assertThat(partner.postForm(ack, Map.of()).statusCode()).isEqualTo(303);
        assertThat(partner.get("/notifications").body()).contains("acknowledged already");
    }
}
