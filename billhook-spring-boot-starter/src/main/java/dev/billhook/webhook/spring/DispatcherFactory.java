package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookDispatcher;

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

    /**
     * The builder for this SDK version. Until the SDK verifies several secrets and takes a policy,
     * tolerance and size limit, those properties are checked but must keep their defaults.
     */
    private static WebhookDispatcher.Builder builder(
            List<String> secrets, BillhookWebhookProperties properties) {
        if (secrets.size() > 1) {
            throw invalid(
                    MissingWebhookSecretException.SECRETS,
                    "lists several secrets, which this SDK version cannot verify yet; list one");
        }
        if (properties.getPolicy() != BillhookWebhookProperties.Policy.COMMET_OR_SIGNED_TIMESTAMP) {
            throw invalid(
                    BillhookWebhookProperties.PREFIX + ".policy",
                    "is not supported by this SDK version yet");
        }
        if (properties.getTolerance() != null) {
            throw invalid(
                    BillhookWebhookProperties.PREFIX + ".tolerance",
                    "is not supported by this SDK version yet");
        }
        String property =
                properties.getSecret() != null
                        ? MissingWebhookSecretException.SECRET
                        : MissingWebhookSecretException.SECRETS + "[0]";
        try {
            return WebhookDispatcher.builder(secrets.get(0));
        } catch (IllegalArgumentException e) {
            throw invalid(property, e.getMessage()); // the SDK's messages never quote the secret
        }
    }

    private static InvalidConfigurationPropertyValueException invalid(String name, String reason) {
        // Never the value itself: it is a secret, or next to one.
        return new InvalidConfigurationPropertyValueException(name, "<redacted>", reason);
    }
}
