/** The example plugin's instruments and provider. */
@NullMarked
package org.dvpp.examples.screening;

import org.jspecify.annotations.NullMarked;
