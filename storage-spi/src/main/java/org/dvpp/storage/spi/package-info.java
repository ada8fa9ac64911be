/**
 * The storage SPI: {@link org.dvpp.storage.spi.StorageProvider} and {@link org.dvpp.storage.spi.Storage}, units of
 * work ({@link org.dvpp.storage.spi.Transaction}), repositories for every aggregate, report query ports, the event
 * outbox, the hash-chained audit log, bulk import and the {@link org.dvpp.storage.spi.KeyProvider} for encryption keys.
 */
@NullMarked
package org.dvpp.storage.spi;

import org.jspecify.annotations.NullMarked;
