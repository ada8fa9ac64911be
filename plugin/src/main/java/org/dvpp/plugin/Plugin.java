package org.dvpp.plugin;

/**
 * The root of every DVPP Kit plugin: a stable id and the version of its SPI it was built for.
 *
 * <p>{@link #spiVersion()} is abstract on purpose. Implement it as {@code return SPI_VERSION;} with the constant of the
 * SPI you implement (such as {@code StorageProvider.SPI_VERSION}): the compiler copies the constant's value into your
 * class, so a plugin built for version 1 still reports 1 when it runs on an SDK whose SPI is at version 2, and the
 * loader refuses it with both versions named instead of calling methods it never had.
 *
 * <p>Ids: 1 to 64 characters, lower-case letters, digits and hyphens, starting with a letter or digit
 * ({@link PluginLoader#ID_RULE}); the prefix {@code dvpp-} is reserved for DVPP Kit's own plugins.
 *
 * @since 0.1
 */
public interface Plugin {
    /** @return the plugin's stable id, such as {@code acme-screening} */
    String id();

    /** @return the version of its SPI the plugin was compiled against: return the SPI's {@code SPI_VERSION} */
    int spiVersion();
}
