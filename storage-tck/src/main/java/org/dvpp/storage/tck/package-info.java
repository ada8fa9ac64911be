/**
 * The storage contract test kit: the JUnit suite every StorageProvider must pass.
 */
@NullMarked
package org.dvpp.storage.tck;

import org.jspecify.annotations.NullMarked;
