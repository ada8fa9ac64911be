/** The optional Guice integration: {@link org.dvpp.guice.DvppModule}. */
@NullMarked
package org.dvpp.guice;

import org.jspecify.annotations.NullMarked;
