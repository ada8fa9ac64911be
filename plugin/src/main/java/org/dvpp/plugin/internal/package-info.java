/** The one strict JSON reader of definition files, exported to the definition modules only. */
@NullMarked
package org.dvpp.plugin.internal;

import org.jspecify.annotations.NullMarked;
