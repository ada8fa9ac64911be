/**
 * Curriculum and groups: the curriculum SPI, the built-in curricula (JSON), group schedules, completion rules and progress.
 */
@NullMarked
package org.dvpp.curriculum;

import org.jspecify.annotations.NullMarked;
