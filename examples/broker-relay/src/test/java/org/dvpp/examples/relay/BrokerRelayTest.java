package org.dvpp.examples.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.dvpp.curriculum.DisengagementWarning;
import org.dvpp.domain.AgencyId;
import org.dvpp.domain.CaseId;
import org.dvpp.domain.EventId;
import org.dvpp.domain.casework.CaseStatus;
import org.dvpp.domain.participant.ReferralSource;
import org.dvpp.domain.participant.Referrer;
import org.dvpp.domain.safety.ContactDetails;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.domain.safety.Relationship;
import org.dvpp.domain.safety.RiskEventKind;
import org.dvpp.domain.safety.RiskLevel;
import org.dvpp.examples.demo.DemoCohort;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.DvppBuilder;
import org.dvpp.programme.ProgrammeEventListener;
import org.dvpp.programme.Referrals;
import org.dvpp.programme.Safety;
import org.dvpp.programme.events.CaseStatusChangedEvent;
import org.dvpp.programme.events.DisengagementWarningEvent;
import org.dvpp.programme.events.ProgrammeEvent;
import org.dvpp.storage.spi.KeyProviders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The relay against the local RabbitMQ, with the shared demo cohort on the embedded database: every partner-support
 * notice reaches the inbox once after de-duplication, also across a connection dropped mid-publish and a relay killed
 * between publishing and the outbox's acknowledgement; no message carries a P0 canary.
 *
 * <p>Nothing here waits for time to pass: each wait is for a condition (a barrier message that the inbox and the tap
 * receive after everything published before it, on one queue each), bounded by {@link #WAIT}.
 */
class BrokerRelayTest {
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int MAX_PASSES = 10;

    @TempDir
    Path dir;

    private TestBroker broker;
    private final Deque<AutoCloseable> toClose = new ArrayDeque<>();
    private final BlockingQueue<Notification> inboxReceived = new LinkedBlockingQueue<>();
    private BrokerRelay barrierRelay;

    @BeforeEach
    void connect() {
        broker = TestBroker.connect();
        barrierRelay = closeLater(BrokerRelay.create("test-barrier", broker.config().build()));
    }

    @AfterEach
    void cleanUp() throws Exception {
        while (!toClose.isEmpty()) {
            toClose.pop().close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    private <T extends AutoCloseable> T closeLater(T c) {
        toClose.push(c);
        return c;
    }

    private PartnerSupportInbox inbox() throws Exception {
        return closeLater(PartnerSupportInbox.builder().uri(broker.uri.toString()).exchange(broker.exchange)
                .queue(broker.queue("partner-support")).allAgencies().handler(inboxReceived::add).start());
    }

    private Dvpp open(Path db, DemoCohort demo, ProgrammeEventListener... listeners) {
        Path keys = dir.resolve("keyset.json");
        if (!Files.exists(keys)) {
            KeyProviders.generateKeysetFile(keys);
        }
        DvppBuilder b = Dvpp.builder().embeddedDatabase(db).keyProvider(KeyProviders.keysetFile(keys))
                .clock(demo.clock());
        for (ProgrammeEventListener l : listeners) {
            b.addListener(l);
        }
        return b.build();
    }

    /** A notice of its own, published after everything else: once it arrives, all before it has been handled. */
    private String publishBarrier(AgencyId agency) {
        EventId id = EventId.random();
        barrierRelay.onEvent(new DisengagementWarningEvent(id, agency, CaseId.random(), 1, Instant.EPOCH, true,
                DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, 0, 0));
        return id.value().toString();
    }

    private List<Notification> inboxUntil(String barrierId) throws InterruptedException {
        List<Notification> before = new ArrayList<>();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Notification n = inboxReceived.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (n == null) {
                throw new AssertionError("the barrier notice " + barrierId + " did not reach the inbox in " + WAIT);
            }
            if (n.id().toString().equals(barrierId)) {
                return before;
            }
            before.add(n);
        }
    }

    /**
     * Moves the demo's clock past the outbox's backoff and dispatches again until the inbox has every notice the
     * reference was told of (what a host's scheduler does in production).
     */
    private List<Notification> deliverEverything(Dvpp dvpp, DemoCohort demo, AgencyId agency, MustBeTold reference,
            Tap tap, List<Tap.Raw> raw) throws InterruptedException {
        List<Notification> handled = new ArrayList<>();
        Set<String> expected = reference.events().keySet().stream().map(e -> e.value().toString())
                .collect(Collectors.toSet());
        for (int pass = 1; pass <= MAX_PASSES; pass++) {
            demo.clock().set(demo.clock().instant().plus(Duration.ofHours(1)));
            int delivered = dvpp.events().dispatchPending();
            String barrier = publishBarrier(agency);
            handled.addAll(inboxUntil(barrier));
            if (tap != null) {
                raw.addAll(tap.until(barrier, WAIT));
            }
            // drained: a pass past every backoff delivered nothing more, and the inbox has every notice
            if (delivered == 0
                    && handled.stream().map(n -> n.id().toString()).collect(Collectors.toSet()).containsAll(expected)) {
                return handled;
            }
        }
        throw new AssertionError("after " + MAX_PASSES + " dispatch passes the inbox still misses notices");
    }

    /** Each notice the reference was told of, once, with its type, case, sequence and agency; nothing else. */
    private static void assertEachOnce(List<Notification> handled, MustBeTold reference, AgencyId agency) {
        Map<EventId, ProgrammeEvent> expected = reference.events();
        assertThat(expected).as("the demo produced partner-support notices").hasSizeGreaterThan(10);
        assertThat(handled).extracting(Notification::id).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(expected.keySet().stream().map(EventId::value).toList());
        for (Notification n : handled) {
            ProgrammeEvent e = expected.get(new EventId(n.id()));
            assertThat(n.type()).isEqualTo(e.type());
            assertThat(n.caseId()).isEqualTo(e.caseId().value());
            assertThat(n.sequence()).isEqualTo(e.sequence());
            assertThat(n.agency()).isEqualTo(agency.value());
            assertThat(n.partnerSupportMustBeTold()).isTrue();
            assertThat(n.routingKey()).isEqualTo(RelayMessages.routingKey(e));
        }
    }

    @Test
    void aPartnerSupportInboxReceivesEveryNoticeOfTheDemoCohortOnce() throws Exception {
        PartnerSupportInbox inbox = inbox();
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        MustBeTold reference = new MustBeTold();
        DemoCohort demo = DemoCohort.builder().seed(11).build();
        try (Dvpp dvpp = open(dir.resolve("db"), demo, relay, reference, demo.listener())) {
            DemoCohort.Result result = demo.run(dvpp);
            List<Notification> handled = deliverEverything(dvpp, demo, result.agency(), reference, null, null);

            assertEachOnce(handled, reference, result.agency());
            assertThat(handled).hasSize(result.partnerSupportNotices());
            // the kinds partner support must hear of are all there: starts, the drop-out, completions, the risk rise
            assertThat(handled).extracting(Notification::type).contains(CaseStatusChangedEvent.TYPE, "risk.raised");
            assertThat(handled.stream().filter(n -> n.type().equals(CaseStatusChangedEvent.TYPE))
                    .map(n -> n.data().get("to"))).contains(CaseStatus.WITHDRAWN.name(),
                            CaseStatus.COMPLETED.name());
            assertThat(relay.connectionsOpened()).isEqualTo(1);
            assertThat(inbox.rejected()).isZero();
            System.out.printf("demo cohort: %d events, %d partner-support notices handled once, %d duplicate(s)%n",
                    reference.allEvents(), handled.size(), inbox.duplicatesDropped());
        }
    }

    @Test
    void everyNoticeArrivesOnceAlsoAcrossAConnectionDroppedAfterThePublishReachedTheBrokerAndBeforeItsConfirm()
            throws Exception {
        PartnerSupportInbox inbox = inbox();
        AmqpCuttingProxy proxy = closeLater(new AmqpCuttingProxy(broker.uri.getHost(), broker.uri.getPort()));
        URI viaProxy = new URI(broker.uri.getScheme(), broker.uri.getRawUserInfo(), broker.uri.getHost(),
                proxy.port(), null, null, null).resolve(broker.uri.getRawPath());
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().uri(viaProxy).build()));
        // the 15th partner-support notice: in the middle of the demo
        proxy.cutAfterPublish(key -> key.contains("." + RelayMessages.AUDIENCE_PARTNER_SUPPORT + "."), 15);
        MustBeTold reference = new MustBeTold();
        DemoCohort demo = DemoCohort.builder().seed(12).build();
        try (Dvpp dvpp = open(dir.resolve("db"), demo, relay, reference)) {
            DemoCohort.Result result = demo.run(dvpp);
            assertThat(proxy.awaitCut(Duration.ZERO)).as("the connection was cut during the demo").isTrue();
            List<Notification> handled = deliverEverything(dvpp, demo, result.agency(), reference, null, null);

            assertEachOnce(handled, reference, result.agency());
            assertThat(handled.size()).isGreaterThan(15);
            assertThat(relay.connectionsOpened()).as("the relay reconnected through the proxy").isEqualTo(2);
            assertThat(proxy.connectionsAccepted()).isEqualTo(2);
            // the message the broker took before the cut may come twice; the inbox dropped any second copy
            assertThat(inbox.deliveries()).isEqualTo(inbox.handled() + inbox.duplicatesDropped());
            System.out.printf("dropped connection: %d notices handled once, %d duplicate(s) dropped, cut after %s%n",
                    handled.size(), inbox.duplicatesDropped(), proxy.cutRoutingKey());
        }
    }

    @Test
    void item39_aRelayFailingAfterPublishingBeforeTheOutboxAcknowledgesSendsAgainWithTheSameIdAndTheInboxDropsIt()
            throws Exception {
        PartnerSupportInbox inbox = inbox();
        Tap tap = new Tap(broker, closeLater(broker.channel()));
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        AtomicReference<EventId> killed = new AtomicReference<>();
        AtomicInteger notices = new AtomicInteger();
        // the relay publishes (and the broker confirms), then it fails before returning: the outbox never records
        // the delivery and tries again later
        ProgrammeEventListener failsAfterPublishing = new ProgrammeEventListener() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return relay.id();
            }

            @Override
            public void onEvent(ProgrammeEvent event) {
                relay.onEvent(event);
                if (event.partnerSupportMustBeTold() && notices.incrementAndGet() == 12) {
                    killed.set(event.id());
                    throw new IllegalStateException("relay stopped after publishing, before returning");
                }
            }
        };
        MustBeTold reference = new MustBeTold();
        DemoCohort demo = DemoCohort.builder().seed(13).weeks(6).build();
        try (Dvpp dvpp = open(dir.resolve("db"), demo, failsAfterPublishing, reference)) {
            DemoCohort.Result result = demo.run(dvpp);
            List<Tap.Raw> raw = new ArrayList<>();
            List<Notification> handled = deliverEverything(dvpp, demo, result.agency(), reference, tap, raw);

            assertThat(killed.get()).isNotNull();
            String killedId = killed.get().value().toString();
            assertThat(raw).filteredOn(r -> r.messageId().equals(killedId)).as("sent twice with the same id")
                    .hasSize(2);
            assertEachOnce(handled, reference, result.agency());
            assertThat(inbox.duplicatesDropped()).isEqualTo(1);
        }
    }

    /** Stands for the process dying: an Error is not caught by the outbox, which therefore never records anything. */
    private static final class ProcessKilled extends Error {
        private static final long serialVersionUID = 1L;

        ProcessKilled() {
            super("process killed after publishing, before the outbox acknowledged");
        }
    }

    @Test
    void item39_aRelayKilledAfterPublishingBeforeTheOutboxAcknowledgesSendsAgainOnRestartWithTheSameId()
            throws Exception {
        PartnerSupportInbox inbox = inbox();
        Tap tap = new Tap(broker, closeLater(broker.channel()));
        MustBeTold reference = new MustBeTold();
        DemoCohort demo = DemoCohort.builder().seed(14).weeks(4).build();
        Path db = dir.resolve("db");
        AtomicReference<ProgrammeEvent> killed = new AtomicReference<>();
        AtomicInteger notices = new AtomicInteger();
        BrokerRelay first = BrokerRelay.create(broker.config().build());
        ProgrammeEventListener dies = new ProgrammeEventListener() {
            @Override
            public int spiVersion() {
                return SPI_VERSION;
            }

            @Override
            public String id() {
                return first.id();
            }

            @Override
            public void onEvent(ProgrammeEvent event) {
                first.onEvent(event);
                if (event.partnerSupportMustBeTold() && notices.incrementAndGet() == 10) {
                    killed.set(event);
                    throw new ProcessKilled();
                }
            }
        };
        try (Dvpp dvpp = open(db, demo, dies, reference)) {
            assertThatThrownBy(() -> demo.run(dvpp)).isInstanceOf(ProcessKilled.class);
        } finally {
            first.close();
        }
        assertThat(killed.get()).isNotNull();
        AgencyId agency = killed.get().agency();

        // restart: a new process on the same database, a new relay with the same listener id; the killed delivery's
        // claim lease (two minutes) runs out and the outbox hands the event over again
        demo.clock().set(demo.clock().instant().plus(Duration.ofMinutes(3)));
        BrokerRelay second = closeLater(BrokerRelay.create(broker.config().build()));
        try (Dvpp dvpp = open(db, demo, second, reference)) {
            dvpp.events().dispatchPending();
            List<Tap.Raw> raw = new ArrayList<>();
            List<Notification> handled = deliverEverything(dvpp, demo, agency, reference, tap, raw);

            String killedId = killed.get().id().value().toString();
            assertThat(raw).filteredOn(r -> r.messageId().equals(killedId)).as("sent twice with the same id")
                    .hasSize(2);
            assertEachOnce(handled, reference, agency);
            assertThat(inbox.duplicatesDropped()).isEqualTo(1);
        }
    }

    @Test
    void item39_noMessageBodyHeaderOrPropertyCarriesAP0CanaryOfTheDemoCohort() throws Exception {
        Tap tap = new Tap(broker, closeLater(broker.channel()));
        inbox();
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        MustBeTold reference = new MustBeTold();
        DemoCohort demo = DemoCohort.builder().seed(15).weeks(6).build();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> canaries = List.of("CANARY-NAME-" + tag, "07700 900" + tag.substring(0, 3), "CANARY-ADDRESS-" + tag,
                "CANARY-NOTES-" + tag, "CANARY-RISK-SUMMARY-" + tag, "CANARY-WITHDRAWAL-" + tag,
                "CANARY-REFERRAL-REASON-" + tag);
        try (Dvpp dvpp = open(dir.resolve("db"), demo, relay, reference)) {
            DemoCohort.Result result = demo.run(dvpp);
            var staff = result.staff();
            LocalDate today = LocalDate.ofInstant(demo.clock().instant(), ZoneOffset.UTC);
            // a man in the group: his partner's contact details, a risk event and his withdrawal carry canaries
            Map<CaseId, CaseStatusChangedEvent> latest = new java.util.HashMap<>();
            reference.events().values().stream().filter(e -> e instanceof CaseStatusChangedEvent)
                    .map(e -> (CaseStatusChangedEvent) e).forEach(c -> latest.merge(c.caseId(), c,
                            (a, b) -> a.sequence() > b.sequence() ? a : b));
            CaseId man = latest.values().stream().filter(c -> c.to() == CaseStatus.IN_PROGRAMME)
                    .map(CaseStatusChangedEvent::caseId).findFirst().orElseThrow();
            dvpp.safety().addPersonAtRisk(staff.partnerSupport(), man, new Safety.NewPersonAtRisk(
                    Relationship.PARTNER, new ContactDetails(canaries.get(0), Optional.of(LocalDate.of(1990, 2, 3)),
                            canaries.get(1), canaries.get(2), canaries.get(3)), true));
            dvpp.safety().recordRiskEvent(staff.partnerSupport(), man, new Safety.RiskInput(
                    RiskEventKind.PARTNER_REPORT, demo.clock().instant(), RiskLevel.HIGH, Set.of(), Optional.of(16),
                    canaries.get(4)));
            dvpp.cases().withdraw(staff.practitioner(), man, canaries.get(5));
            // and a new referral's reason
            CaseId referred = dvpp.referrals().receive(staff.practitioner(), new Referrals.NewReferral("CANARY-1",
                    today.minusYears(30), "merton", ReferralSource.PROBATION, today,
                    new Referrer("probation team", "caseworker", "ref-canary"), canaries.get(6))).caseId();
            dvpp.events().dispatchPending();
            List<Tap.Raw> raw = new ArrayList<>();
            deliverEverything(dvpp, demo, result.agency(), reference, tap, raw);

            // the canaries are really in the system, where partner support may read them
            assertThat(dvpp.safety().peopleAtRisk(staff.partnerSupport(), man)).extracting(PersonAtRisk::contact)
                    .extracting(ContactDetails::name).contains(canaries.get(0));
            // the messages about those changes went out, so the search below looked at them
            assertThat(raw).extracting(Tap.Raw::routingKey)
                    .anyMatch(k -> k.endsWith(".risk.raised"))
                    .anyMatch(k -> k.endsWith(".referral.received"));
            assertThat(raw).anyMatch(r -> r.everything().contains(man.value().toString())
                    && r.everything().contains(CaseStatus.WITHDRAWN.name()));
            assertThat(raw).anyMatch(r -> r.everything().contains(referred.value().toString()));
            assertThat(raw.size()).isGreaterThan(reference.events().size());
            for (Tap.Raw r : raw) {
                for (String canary : canaries) {
                    assertThat(r.everything()).as("message %s (%s)", r.messageId(), r.routingKey())
                            .doesNotContainIgnoringCase(canary);
                }
            }
        }
    }

    @Test
    void anInboxBoundForOneAgencyReceivesThatAgencysNoticesOnlyAndNoRoutineEvents() throws Exception {
        AgencyId mine = AgencyId.random();
        AgencyId other = AgencyId.random();
        PartnerSupportInbox inbox = closeLater(PartnerSupportInbox.builder().uri(broker.uri.toString())
                .exchange(broker.exchange).queue(broker.queue("partner-support-one")).agency(mine)
                .handler(inboxReceived::add).start());
        Tap tap = new Tap(broker, closeLater(broker.channel()));
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        EventId wanted = EventId.random();
        relay.onEvent(new DisengagementWarningEvent(EventId.random(), other, CaseId.random(), 1, Instant.EPOCH, true,
                DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3));
        relay.onEvent(new DisengagementWarningEvent(EventId.random(), mine, CaseId.random(), 1, Instant.EPOCH, false,
                DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, 2, 2));
        relay.onEvent(new DisengagementWarningEvent(wanted, mine, CaseId.random(), 2, Instant.EPOCH, true,
                DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3));
        String barrier = publishBarrier(mine);

        assertThat(inboxUntil(barrier)).extracting(Notification::id).containsExactly(wanted.value());
        assertThat(tap.until(barrier, WAIT)).hasSize(3);
        assertThat(inbox.rejected()).isZero();
    }

    @Test
    void aPartnerSupportNoticeNoQueueReceivesFailsSoTheOutboxKeepsItAndARoutineEventDoesNot() {
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        AgencyId agency = AgencyId.random();
        EventId notice = EventId.random();
        assertThatThrownBy(() -> relay.onEvent(new DisengagementWarningEvent(notice, agency, CaseId.random(), 1,
                Instant.EPOCH, true, DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("no queue is bound")
                .hasMessageContaining(notice.toString());
        relay.onEvent(new DisengagementWarningEvent(EventId.random(), agency, CaseId.random(), 1, Instant.EPOCH, false,
                DisengagementWarning.Reason.CONSECUTIVE_UNEXCUSED_ABSENCES, 2, 2));
        assertThat(relay.confirmed()).isEqualTo(1);
        assertThat(relay.connectionsOpened()).isEqualTo(1);
    }

    @Test
    void aNoticeWhoseHandlerFailsComesAgainAndIsHandledOnceItSucceeds() throws Exception {
        AgencyId agency = AgencyId.random();
        EventId flaky = EventId.random();
        AtomicInteger attempts = new AtomicInteger();
        PartnerSupportInbox inbox = closeLater(PartnerSupportInbox.builder().uri(broker.uri.toString())
                .exchange(broker.exchange).queue(broker.queue("partner-support-flaky")).agency(agency)
                // one message in hand at a time: with more, the barrier could be in the consumer's buffer before the
                // failed notice is requeued, and would be handled first
                .prefetch(1)
                .handler(n -> {
                    if (n.id().equals(flaky.value()) && attempts.incrementAndGet() == 1) {
                        throw new IllegalStateException("the caseworker system is down");
                    }
                    inboxReceived.add(n);
                }).start());
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        relay.onEvent(new DisengagementWarningEvent(flaky, agency, CaseId.random(), 1, Instant.EPOCH, true,
                DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3));
        String barrier = publishBarrier(agency);

        // requeued in its place, it comes before the barrier again
        assertThat(inboxUntil(barrier)).extracting(Notification::id).containsExactly(flaky.value());
        assertThat(attempts.get()).isEqualTo(2);
        assertThat(inbox.handlerFailures()).isEqualTo(1);
        assertThat(inbox.duplicatesDropped()).isZero();
    }

    @Test
    void aConfirmThatNeverComesTimesOutSoTheOutboxSendsAgainAndTheInboxDropsTheCopy() throws Exception {
        AgencyId agency = AgencyId.random();
        PartnerSupportInbox inbox = closeLater(PartnerSupportInbox.builder().uri(broker.uri.toString())
                .exchange(broker.exchange).queue(broker.queue("partner-support-silent")).agency(agency)
                .handler(inboxReceived::add).start());
        AmqpCuttingProxy proxy = closeLater(new AmqpCuttingProxy(broker.uri.getHost(), broker.uri.getPort()));
        URI viaProxy = new URI(broker.uri.getScheme(), broker.uri.getRawUserInfo(), broker.uri.getHost(),
                proxy.port(), null, null, null).resolve(broker.uri.getRawPath());
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().uri(viaProxy)
                .confirmTimeout(Duration.ofMillis(500)).build()));
        proxy.freezeAfterPublish(key -> true, 1);
        DisengagementWarningEvent event = new DisengagementWarningEvent(EventId.random(), agency, CaseId.random(), 1,
                Instant.EPOCH, true, DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3);

        assertThatThrownBy(() -> relay.onEvent(event)).isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("not confirmed");
        relay.onEvent(event); // the outbox's next attempt, on a new connection
        String barrier = publishBarrier(agency);

        assertThat(inboxUntil(barrier)).extracting(Notification::id).containsExactly(event.id().value());
        assertThat(inbox.duplicatesDropped()).as("the broker had taken the first copy").isEqualTo(1);
        assertThat(relay.connectionsOpened()).isEqualTo(2);
    }

    @Test
    void aNackFromTheBrokerFailsThePublishSoTheOutboxKeepsTheEvent() throws Exception {
        AgencyId agency = AgencyId.random();
        Channel ch = closeLater(broker.channel());
        ch.exchangeDeclare(broker.exchange, com.rabbitmq.client.BuiltinExchangeType.TOPIC, true);
        String full = broker.queue("full");
        // a queue of one message that refuses more: the broker nacks the publish that does not fit
        ch.queueDeclare(full, false, false, false, Map.of("x-max-length", 1, "x-overflow", "reject-publish"));
        ch.queueBind(full, broker.exchange, RelayMessages.partnerSupportBinding(agency));
        BrokerRelay relay = closeLater(BrokerRelay.create(broker.config().build()));
        relay.onEvent(new DisengagementWarningEvent(EventId.random(), agency, CaseId.random(), 1, Instant.EPOCH, true,
                DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3));
        EventId refused = EventId.random();

        assertThatThrownBy(() -> relay.onEvent(new DisengagementWarningEvent(refused, agency, CaseId.random(), 1,
                Instant.EPOCH, true, DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining(refused.toString())
                .hasMessageContaining("not confirmed");
        assertThat(relay.confirmed()).isEqualTo(1);
    }

    @Test
    void aClosedRelayRefusesEventsSoTheyStayInTheOutbox() throws IOException {
        BrokerRelay relay = BrokerRelay.create(broker.config().build());
        relay.close();
        assertThatThrownBy(() -> relay.onEvent(new DisengagementWarningEvent(EventId.random(), AgencyId.random(),
                CaseId.random(), 1, Instant.EPOCH, false, DisengagementWarning.Reason.EXCLUSION_REVIEW_DUE, 4, 3)))
                .isInstanceOf(PublishFailedException.class).hasMessageContaining("closed");
    }
}
