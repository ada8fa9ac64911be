/**
 * Storage's internals shared with the SDK's own modules: the one reader and writer of keysets in clear. Not part of
 * the SPI; exported only to {@code org.dvpp.programme} and {@code org.dvpp.storage.jdbc}, and may change at any time.
 */
@NullMarked
package org.dvpp.storage.spi.internal;

import org.jspecify.annotations.NullMarked;
