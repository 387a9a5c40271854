package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookDispatcher;

/**
 * Customizes the auto-configured {@link WebhookDispatcher} before it is built, for registrations
 * that are easier written against the SDK's builder than as beans.
 *
 * <pre>{@code
 * @Bean
 * BillhookWebhookConfigurer billing(AccessService access) {
 *     return builder -> builder
 *         .onSubscriptionActivated(e -> access.grant(e.data().customerId()))
 *         .onSubscriptionCanceled(e -> access.revoke(e.data().customerId()));
 * }
 * }</pre>
 *
 * <p>Configurers run in {@link org.springframework.core.annotation.Order @Order}. The builder's
 * rule holds: one handler per event type, counting every configurer. Handler beans and {@link
 * OnCommetEvent} methods are routed through the builder's {@code onEvent} and {@code onError}
 * slots, so a configurer may not set those two: declare an {@code EventHandler<WebhookEvent>} or an
 * {@code ErrorHandler} bean instead. Breaking either rule fails at startup.
 */
@FunctionalInterface
public interface BillhookWebhookConfigurer {
    /** Adds registrations to {@code builder}. Called once, at startup. */
    void configure(WebhookDispatcher.Builder builder);
}
