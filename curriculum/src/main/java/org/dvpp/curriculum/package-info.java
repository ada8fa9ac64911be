/**
 * Curricula and their use: the {@link org.dvpp.curriculum.Curriculum} model and its JSON format, validation, the
 * {@link org.dvpp.curriculum.CurriculumCatalogue} of available curricula, dated schedules for closed and rolling groups,
 * and a man's progress towards completion.
 */
@NullMarked
package org.dvpp.curriculum;

import org.jspecify.annotations.NullMarked;
