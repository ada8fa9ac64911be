/** Implementation details of the assessment module; not exported, may change without notice. */
@NullMarked
package org.dvpp.assessment.internal.definition;

import org.jspecify.annotations.NullMarked;
