/** Implementation details of the assessment module; not exported, may change without notice. */
@NullMarked
package org.dvpp.assessment.internal.builtin;

import org.jspecify.annotations.NullMarked;
