/**
 * The staff web console: server-rendered pages for facilitators, partner-support workers and managers over the SDK's
 * public API. Javalin serves it; the pages are jte templates compiled at build time; it needs no JavaScript. Local
 * users sign in with passwords hashed by Argon2id (Bouncy Castle); the SDK's access policy decides every page and
 * action. {@code ./dvpp console} starts it on the demo cohort.
 */
module org.dvpp.examples.console {
    requires transitive org.dvpp.programme;
    requires org.dvpp.examples.demo;
    requires org.dvpp.storage.jdbc;
    requires io.javalin;
    requires gg.jte.runtime;
    requires org.bouncycastle.provider;
    requires org.jfree.jfreechart;
    requires org.jfree.svg;
    requires java.desktop;
    requires org.slf4j;
    requires static org.jspecify;
    // the precompiled templates carry @javax.annotation.processing.Generated
    requires static java.compiler;

    exports org.dvpp.examples.console;

    // the precompiled templates are found and called by the jte runtime
    opens org.dvpp.examples.console.templates to gg.jte.runtime;
}
