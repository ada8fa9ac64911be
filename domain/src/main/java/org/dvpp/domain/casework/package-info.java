/**
 * A man's case and its lifecycle as a state machine with guards, plus the case-level records: assessments, motivation check-ins and onward referrals.
 */
@NullMarked
package org.dvpp.domain.casework;

import org.jspecify.annotations.NullMarked;
