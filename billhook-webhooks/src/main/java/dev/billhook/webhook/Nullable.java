package dev.billhook.webhook;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value that may be {@code null}. Everything not marked is never null.
 *
 * <p>On event data records this also drives parsing: a component without this annotation is a
 * required field, and a payload that omits it (or sends {@code null}) is malformed. A component
 * with it accepts an absent field or JSON {@code null}, both read as {@code null}. Kept at runtime
 * for that reason; the SDK defines its own so it adds no dependency.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
    ElementType.RECORD_COMPONENT,
    ElementType.METHOD,
    ElementType.PARAMETER,
    ElementType.FIELD
})
public @interface Nullable {}
