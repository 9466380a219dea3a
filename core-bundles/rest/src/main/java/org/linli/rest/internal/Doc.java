package org.linli.rest.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.linli.security.Permission;

/**
 * What the OpenAPI document says of a resource method beyond what its JAX-RS annotations and
 * types say ({@link OpenApiDocument}); on a resource class, or the class that holds a register's
 * resources, the tag its operations are grouped under. Every resource method carries one: the
 * document is not built without it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface Doc {
    /** On a class: the group of its operations. */
    String tag() default "";

    /** The operation id, the name a generated client gives the method. */
    String id() default "";

    String summary() default "";

    /** The permissions the caller's role must hold; none: any authenticated caller. */
    Permission[] needs() default {};

    /** What the answer holds on success. */
    String answer() default "";

    /** The status on success; 0: 204 when nothing is answered, 200 otherwise. */
    int status() default 0;

    /** What a method declared to answer a {@code Response} answers; with {@link #list()}, a list of them. */
    Class<?> returns() default Void.class;

    boolean list() default false;

    /** Further statuses answered with the same body, such as health's 503. */
    int[] alsoAnswers() default {};

    /** The statuses answered with a problem besides 401 (every operation) and 403 (any that {@link #needs()} a permission). */
    int[] problems() default {};
}
