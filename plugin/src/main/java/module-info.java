/**
 * The plugin platform every DVPP Kit SPI uses: the plugin root ({@link org.dvpp.plugin.Plugin}: an id and the SPI
 * version the plugin was compiled against), the kinds of plugin, the one loader (explicit registration, then
 * {@link java.util.ServiceLoader} on the module path and the class path, or in a module layer the host made), its rules
 * for ids, duplicates and versions, and the one exception root. It depends on the domain (for the exception hierarchy)
 * and SLF4J only.
 */
module org.dvpp.plugin {
    requires transitive org.dvpp.domain;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.dvpp.plugin;
}
