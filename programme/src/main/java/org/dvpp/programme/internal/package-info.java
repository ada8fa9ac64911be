/**
 * The implementation of the programme front door: use cases, wiring, validation, event dispatch. Not exported; it may
 * change at any time.
 */
@NullMarked
package org.dvpp.programme.internal;

import org.jspecify.annotations.NullMarked;
