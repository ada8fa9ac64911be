package org.dvpp.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares that every component of this record has been given its {@link DataClass}: those marked {@link Sensitive}
 * have the class named there, a component whose type is itself a classified record has that record's classes, and
 * every other component is {@link DataClass#P2}. A build-time test fails on an exported record without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Classified {
}
