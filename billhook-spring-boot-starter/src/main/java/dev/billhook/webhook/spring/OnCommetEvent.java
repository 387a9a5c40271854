package dev.billhook.webhook.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a Spring bean as a Commet webhook handler. The method takes exactly one
 * parameter, the event, and its return value is ignored.
 *
 * <pre>{@code
 * @Component
 * class Billing {
 *     @OnCommetEvent
 *     void activated(SubscriptionActivatedEvent event) { ... }    // type from the parameter
 *
 *     @OnCommetEvent("customer.created")
 *     void customer(UnknownEvent event) { ... }                   // untyped in this SDK version
 *
 *     @OnCommetEvent
 *     void audit(WebhookEvent event) { ... }                      // every verified event
 * }
 * }</pre>
 *
 * <p>Which events reach the method:
 *
 * <ul>
 *   <li>a typed event record (e.g. {@code SubscriptionActivatedEvent}): its type; {@link #value}
 *       may be left empty, or repeat that type;
 *   <li>{@code WebhookEvent}: every event if {@link #value} is empty, else the listed types;
 *   <li>{@code UnknownEvent}: the listed types, which {@link #value} must name and which must not
 *       be typed (a typed event never arrives as {@code UnknownEvent}).
 * </ul>
 *
 * <p>Anything else fails at startup, naming the method. Contract as for {@link
 * dev.billhook.webhook.EventHandler}: called on the request thread, possibly concurrently; throw to
 * answer 500 so the sender retries; deduplicate on the event id. Handlers for one type run in
 * {@link org.springframework.core.annotation.Order @Order} (on the method, else the bean), then the
 * catch-alls; the first that throws stops the rest. Beans must be singletons and not lazy, because
 * they are found as they are created at startup. The method is called through the bean's proxy, so
 * {@code @Transactional} and similar annotations apply.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface OnCommetEvent {
    /** Event types, e.g. {@code "subscription.activated"}; see the class documentation. */
    String[] value() default {};
}
