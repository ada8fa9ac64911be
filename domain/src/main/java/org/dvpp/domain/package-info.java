/**
 * Shared building blocks of the domain: typed ids, the exception hierarchy, input checks, the {@link
 * org.dvpp.domain.DomainEvent} contract and the {@link org.dvpp.domain.Sensitive} marker.
 */
@NullMarked
package org.dvpp.domain;

import org.jspecify.annotations.NullMarked;
