/** Implementation details of the curriculum module; not exported. */
@NullMarked
package org.dvpp.curriculum.internal;

import org.jspecify.annotations.NullMarked;
