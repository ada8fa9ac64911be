/**
 * The plugin platform every DVPP Kit SPI uses: the plugin root ({@link org.dvpp.plugin.Plugin}: an id and the SPI
 * version the plugin was compiled against), the kinds of plugin, the one loader (explicit registration, then
 * {@link java.util.ServiceLoader} on the module path and the class path, or in a module layer the host made), its rules
 * for ids, duplicates and versions, and the one exception root. It depends on the domain (for the exception hierarchy)
 * and SLF4J only (and, for the one strict reader of JSON definition files, on Jackson when the definition modules
 * are present).
 */
module org.dvpp.plugin {
    requires transitive org.dvpp.domain;
    requires org.slf4j;
    // only the strict reader of definition files needs Jackson, and only the definition modules use it (they require
    // Jackson themselves); storage plugins and their hosts need no Jackson
    requires static tools.jackson.databind;
    requires static org.jspecify;

    exports org.dvpp.plugin;
    exports org.dvpp.plugin.internal to org.dvpp.assessment, org.dvpp.curriculum;
}
