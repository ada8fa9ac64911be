package org.dvpp.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component that holds {@link DataClass#P0} or {@link DataClass#P1} data: a partner's, ex-partner's or child's
 * details, free text that may speak of them, the man's health or criminal-justice details, assessment answers.
 *
 * <p>Storage implementations must encrypt such fields at rest; no code may log them; the type's {@code toString()}
 * redacts them; the front door withholds them from roles the access policy does not let read their class; and a
 * participant's own data export never contains a person-at-risk's details.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Sensitive {
    /** @return the component's data class: {@link DataClass#P0} or {@link DataClass#P1} */
    DataClass value();
}
