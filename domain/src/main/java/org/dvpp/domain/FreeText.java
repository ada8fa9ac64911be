package org.dvpp.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text component that may run over several lines (a reason, a note, a summary): CR, LF and tab are allowed in
 * it. Every other text is single-line. NUL, other control characters and bidirectional overrides are refused in all
 * texts (see {@link RuleCodes}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.PARAMETER})
public @interface FreeText {
}
