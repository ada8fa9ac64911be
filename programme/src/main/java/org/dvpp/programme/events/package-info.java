/**
 * The events listeners receive: typed records under the sealed {@link org.dvpp.programme.events.ProgrammeEvent}, each
 * with a schema version, carrying ids, codes and dates only.
 */
@NullMarked
package org.dvpp.programme.events;

import org.jspecify.annotations.NullMarked;
