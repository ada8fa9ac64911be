/**
 * Participants (the men on a programme), referrals and consent.
 */
@NullMarked
package org.dvpp.domain.participant;

import org.jspecify.annotations.NullMarked;
