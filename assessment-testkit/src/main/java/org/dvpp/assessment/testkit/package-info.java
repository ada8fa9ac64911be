/** The instrument contract test kit (JUnit 5) and the built-ins' published test vectors. */
@NullMarked
package org.dvpp.assessment.testkit;

import org.jspecify.annotations.NullMarked;
