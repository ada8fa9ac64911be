/**
 * The people at risk and their safety: partners, ex-partners and children; risk levels and risk events; the information-sharing register.
 */
@NullMarked
package org.dvpp.domain.safety;

import org.jspecify.annotations.NullMarked;
