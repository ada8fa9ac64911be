/**
 * The storage contract test kit: {@link org.dvpp.storage.tck.StorageContract}, the JUnit 5 suite every
 * {@link org.dvpp.storage.spi.StorageProvider} must pass, and {@link org.dvpp.storage.tck.Fixtures}, valid domain
 * records whose sensitive fields carry a searchable marker.
 */
@NullMarked
package org.dvpp.storage.tck;

import org.jspecify.annotations.NullMarked;
