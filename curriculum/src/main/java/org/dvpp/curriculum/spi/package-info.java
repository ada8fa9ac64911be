/**
 * The plugin points of the curriculum module: {@link org.dvpp.curriculum.spi.CurriculumProvider} for an agency's own
 * programmes and {@link org.dvpp.curriculum.spi.HolidayCalendar} for the days groups do not meet.
 */
@NullMarked
package org.dvpp.curriculum.spi;

import org.jspecify.annotations.NullMarked;
