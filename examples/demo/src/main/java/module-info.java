/**
 * The demo cohort: a five-borough agency whose referrals, screening, assessments, consent, partner contacts, group,
 * registers, one-to-ones, risk events, drop-out and completions are simulated through the SDK's public API only. The
 * {@code dvpp demo} command prints its figures; the web console opens on its database; the relay tests publish its
 * events.
 */
module org.dvpp.examples.demo {
    requires transitive org.dvpp.programme;
    requires static org.jspecify;

    exports org.dvpp.examples.demo;
}
