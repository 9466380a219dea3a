package org.linli.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the OpenAPI document says of a path, query or form parameter beyond its name: query
 * parameters arrive as text so that a malformed one is answered 400 naming it, so their type is
 * said here.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface Param {
    /** Its description. */
    String value() default "";

    /** What the text must be: {@code Long.class}, {@code LocalDate.class}, an enumeration… */
    Class<?> type() default String.class;

    boolean required() default false;

    /** The values a text takes, when they are few. */
    String[] values() default {};

    long minimum() default Long.MIN_VALUE;
}
