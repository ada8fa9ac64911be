package org.dvpp.examples.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.dvpp.domain.group.GroupSession;
import org.dvpp.domain.safety.PartnerSupportStatus;
import org.dvpp.domain.safety.PersonAtRisk;
import org.dvpp.examples.demo.DemoCohort;
import org.dvpp.programme.ActingUser;
import org.dvpp.programme.Dvpp;
import org.dvpp.programme.Safety;
import org.dvpp.storage.jdbc.Keysets;
import org.dvpp.storage.spi.KeyProviders;

/**
 * The console on the demo cohort: a fresh embedded database, the cohort run for six weeks (so the group is
 * mid-programme), the SDK's clock moved to the evening of the seventh session so that tonight's register is there to
 * take, the people at risk whom partner support works with allocated to the demo's partner-support worker, and one
 * local user per role of the demo staff. For the demo only: the passwords are made here and shown once.
 */
public final class DemoConsole implements AutoCloseable {
    /** Weeks of registers the demo has taken before the console opens. */
    public static final int WEEKS_RUN = 6;

    private final Dvpp dvpp;
    private final Console console;
    private final DemoCohort.Result result;
    private final Map<String, String> passwords;

    private DemoConsole(Dvpp dvpp, Console console, DemoCohort.Result result, Map<String, String> passwords) {
        this.dvpp = dvpp;
        this.console = console;
        this.result = result;
        this.passwords = passwords;
    }

    /**
     * Builds the demo database in a directory and starts the console on it.
     *
     * @param directory an empty or new directory for the database and its keyset
     * @param port the port (0 for any free one)
     * @param password the password for every demo user, or empty to make a random one per user
     * @param progress told a short label at each step of the simulation
     * @param wallClock the clock of sessions and lockouts
     * @return the running console
     */
    public static DemoConsole start(Path directory, int port, Optional<String> password, Consumer<String> progress,
            Clock wallClock) {
        try {
            Files.createDirectories(directory);
            Path keys = directory.resolve("keyset.json");
            Keysets.generate(keys);
            DemoCohort demo = DemoCohort.builder().weeks(WEEKS_RUN).progress(progress).build();
            Dvpp dvpp = Dvpp.builder().embeddedDatabase(directory.resolve("db"))
                    .keyProvider(KeyProviders.keysetFile(keys)).clock(demo.clock()).addListener(demo.listener())
                    .build();
            try {
                DemoCohort.Result result = demo.run(dvpp);
                DemoCohort.Staff staff = result.staff();
                allocate(dvpp, staff.partnerSupport());
                // tonight: the evening of the first session whose register is still to take
                for (GroupSession s : dvpp.groups().sessions(staff.facilitator(), result.group())) {
                    if (!s.registerTaken()) {
                        demo.clock().set(s.scheduledStart().plusMinutes(150).toInstant(ZoneOffset.UTC));
                        break;
                    }
                }
                LocalUsers users = new LocalUsers(wallClock);
                Map<String, String> passwords = new LinkedHashMap<>();
                add(users, passwords, "facilitator", "Fay (facilitator)", staff.facilitator(), password);
                add(users, passwords, "partner", "Pat (partner support)", staff.partnerSupport(), password);
                add(users, passwords, "manager", "Mo (manager)", staff.manager(), password);
                add(users, passwords, "supervisor", "Sam (supervisor)", staff.supervisor(), password);
                Console console = Console.builder(dvpp, users).port(port).sdkClock(demo.clock())
                        .wallClock(wallClock).build().start();
                return new DemoConsole(dvpp, console, result, passwords);
            } catch (RuntimeException e) {
                dvpp.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Allocates every person at risk of the demo cohort whom partner support works with (partners, ex-partners and new
     * partners, not children) to the demo's partner-support worker, so that her caseload is not empty and her
     * notifications (those waiting in the agency's queue move with her) are on her own task list.
     */
    private static void allocate(Dvpp dvpp, ActingUser worker) {
        for (Safety.CaseloadEntry e : dvpp.safety().caseload(worker)) {
            for (PersonAtRisk p : e.people()) {
                if (p.supportStatus() != PartnerSupportStatus.NOT_APPLICABLE) {
                    dvpp.partnerSupport().assignWorker(worker, p.id(), worker.id());
                }
            }
        }
    }

    private static void add(LocalUsers users, Map<String, String> passwords, String name, String display,
            ActingUser user, Optional<String> password) {
        String pw = password.orElseGet(DemoConsole::randomPassword);
        users.add(name, display, user, pw.toCharArray());
        passwords.put(name, pw);
    }

    private static String randomPassword() {
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return b.toString();
    }

    /** @return the console */
    public Console console() {
        return console;
    }

    /** @return the SDK under it */
    public Dvpp dvpp() {
        return dvpp;
    }

    /** @return what the demo cohort did */
    public DemoCohort.Result result() {
        return result;
    }

    /** @return user name to password, for the demo's sign-in page and for printing once */
    public Map<String, String> passwords() {
        return Map.copyOf(passwords);
    }

    /** Stops the console, then closes the SDK. */
    @Override
    public void close() {
        try {
            console.close();
        } finally {
            dvpp.close();
        }
    }
}
