/**
 * Assessment tools: the instrument SPI, the declarative (JSON) instrument engine, the built-in screening and outcome instruments, and scoring results with explanations.
 */
@NullMarked
package org.dvpp.assessment;

import org.jspecify.annotations.NullMarked;
