/**
 * The optional Guice integration: {@link org.dvpp.guice.DvppModule} binds DVPP Kit's front door in a host's own
 * injector. Embedders who do not use Guice never need this module; the SDK's public API names no Guice type.
 */
module org.dvpp.guice {
    requires transitive org.dvpp.programme;
    requires transitive com.google.guice;
    requires static org.jspecify;

    exports org.dvpp.guice;
}
