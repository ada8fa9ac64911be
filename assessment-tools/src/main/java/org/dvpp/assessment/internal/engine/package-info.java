/** Implementation details of the assessment module; not exported, may change without notice. */
@NullMarked
package org.dvpp.assessment.internal.engine;

import org.jspecify.annotations.NullMarked;
