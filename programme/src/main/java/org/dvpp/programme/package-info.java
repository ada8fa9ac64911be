/**
 * The programme front door: use cases from referral to closure, access policy, audit, event dispatch, the Guice wiring and Dvpp.builder().
 */
@NullMarked
package org.dvpp.programme;

import org.jspecify.annotations.NullMarked;
