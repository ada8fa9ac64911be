/**
 * Groups, their sessions and registers (attendance with hours credited), allocations, waiting lists and one-to-one sessions.
 */
@NullMarked
package org.dvpp.domain.group;

import org.jspecify.annotations.NullMarked;
