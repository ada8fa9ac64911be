/**
 * Agencies (tenants) and the service area they cover.
 */
@NullMarked
package org.dvpp.domain.agency;

import org.jspecify.annotations.NullMarked;
