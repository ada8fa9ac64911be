/**
 * The storage SPI: the storage provider, units of work, repositories for every aggregate, report query ports, the event outbox, the audit log and the key provider.
 */
@NullMarked
package org.dvpp.storage.spi;

import org.jspecify.annotations.NullMarked;
