package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookVerifier;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;

import java.util.List;
import java.util.Set;

/**
 * Builds the dispatcher from the properties, the discovered handlers and the configurers. Every
 * configuration mistake surfaces here as an exception naming the property to fix.
 */
final class DispatcherFactory {
    private DispatcherFactory() {}

    static WebhookDispatcher create(
            BillhookWebhookProperties properties,
            HandlerRegistry registry,
            List<BillhookWebhookConfigurer> configurers) {
        List<String> secrets = secrets(properties);
        WebhookDispatcher.Builder builder = builder(secrets, properties);
        registry.attachTo(builder);
        for (BillhookWebhookConfigurer configurer : configurers) {
            try {
                configurer.configure(builder);
            } catch (IllegalStateException e) {
                throw new IllegalStateException(
                        "a BillhookWebhookConfigurer ("
                                + configurer.getClass().getName()
                                + ") registered something twice: "
                                + e.getMessage()
                                + ". Each event type takes one builder handler across all"
                                + " configurers, and onEvent/onError belong to the starter:"
                                + " declare EventHandler<WebhookEvent> or ErrorHandler beans, or"
                                + " @OnCommetEvent methods, for those.",
                        e);
            }
        }
        return builder.build();
    }

    /** The configured secrets: {@code secret} or {@code secrets}, exactly one of the two. */
    static List<String> secrets(BillhookWebhookProperties properties) {
        String single = properties.getSecret();
        List<String> several = properties.getSecrets();
        boolean hasSingle = single != null && !single.isBlank();
        if (hasSingle && !several.isEmpty()) {
            throw new MutuallyExclusiveConfigurationPropertiesException(
                    Set.of(
                            MissingWebhookSecretException.SECRET,
                            MissingWebhookSecretException.SECRETS),
                    Set.of(
                            MissingWebhookSecretException.SECRET,
                            MissingWebhookSecretException.SECRETS));
        }
        if (hasSingle) {
            return List.of(single);
        }
        if (several.isEmpty()) {
            throw new MissingWebhookSecretException();
        }
        for (int i = 0; i < several.size(); i++) {
            if (several.get(i) == null || several.get(i).isBlank()) {
                throw invalid(MissingWebhookSecretException.SECRETS + "[" + i + "]", "is blank");
            }
        }
        return List.copyOf(several);
    }

    /** A verifier from the secret, policy and tolerance properties, and a dispatcher around it. */
    private static WebhookDispatcher.Builder builder(
            List<String> secrets, BillhookWebhookProperties properties) {
        WebhookVerifier.Builder verifier = WebhookVerifier.builder();
        for (int i = 0; i < secrets.size(); i++) {
            try {
                verifier.secret(secrets.get(i));
            } catch (IllegalArgumentException e) { // the SDK's messages never quote a secret
                throw invalid(secretProperty(properties, i), e.getMessage());
            }
        }
        if (properties.getPolicy() == BillhookWebhookProperties.Policy.REQUIRE_SIGNED_TIMESTAMP) {
            verifier.requireSignedTimestamp();
        }
        if (properties.getTolerance() != null) {
            verifier.timestampTolerance(
                    properties.getTolerance()); // whole seconds: checked on bind
        }
        WebhookVerifier built;
        try {
            built = verifier.build();
        } catch (IllegalArgumentException e) {
            // A secret that cannot key the signed-timestamp scheme while the policy requires it.
            throw invalid(BillhookWebhookProperties.PREFIX + ".policy", e.getMessage());
        }
        return WebhookDispatcher.builder(built)
                .maxBodyBytes((int) properties.getMaxBodySize().toBytes());
    }

    /** The property the {@code index}th secret came from, for messages. */
    private static String secretProperty(BillhookWebhookProperties properties, int index) {
        return properties.getSecret() != null && !properties.getSecret().isBlank()
                ? MissingWebhookSecretException.SECRET
                : MissingWebhookSecretException.SECRETS + "[" + index + "]";
    }

    private static InvalidConfigurationPropertyValueException invalid(String name, String reason) {
        // Never the value itself: it is a secret, or next to one.
        return new InvalidConfigurationPropertyValueException(name, "<redacted>", reason);
    }
}
