package org.dvpp.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field that holds special-category or safety-critical data: a partner's, ex-partner's or child's details,
 * safe-contact notes, health, or criminal-justice details.
 *
 * <p>Storage implementations must encrypt such fields at rest; no code may log them; the type's {@code toString()}
 * redacts them; and a participant's own data export never contains a person-at-risk's details.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Sensitive {
}
