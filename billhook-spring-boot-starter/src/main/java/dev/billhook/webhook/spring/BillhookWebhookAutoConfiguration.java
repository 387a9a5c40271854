package dev.billhook.webhook.spring;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.servlet.WebhookServlet;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

/**
 * Serves Commet webhooks in a Spring Boot servlet application: a {@link WebhookDispatcher} built
 * from {@link BillhookWebhookProperties}, fed by handler beans and {@link OnCommetEvent} methods,
 * behind a {@link WebhookServlet} registered at {@code billhook.webhooks.path}.
 *
 * <p>The endpoint is a servlet of its own rather than a controller, so the body reaches the SDK as
 * the raw bytes received and no message converter or request wrapper gets to decode it first.
 *
 * <p>Back-off points: define a {@link WebhookDispatcher} bean to replace the built one (then the
 * secret, policy, tolerance and size properties are not used, and handlers must be registered on it
 * yourself: handler beans next to it fail startup rather than never running), or a bean named
 * {@code billhookWebhookServlet} to register the servlet differently. {@code
 * billhook.webhooks.enabled=false} turns everything off.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({WebhookDispatcher.class, WebhookServlet.class})
@ConditionalOnProperty(
        prefix = BillhookWebhookProperties.PREFIX,
        name = "enabled",
        havingValue = "true",
        matchIfMissing = true)
@EnableConfigurationProperties(BillhookWebhookProperties.class)
public class BillhookWebhookAutoConfiguration {
    /** The bean name of the servlet registration. */
    public static final String SERVLET_BEAN_NAME = "billhookWebhookServlet";

    /** Static so that it exists before, and can inspect, every other bean. */
    @Bean
    static HandlerDiscovery billhookHandlerDiscovery() {
        return new HandlerDiscovery();
    }

    @Bean
    @ConditionalOnMissingBean
    WebhookDispatcher billhookWebhookDispatcher(
            BillhookWebhookProperties properties,
            HandlerDiscovery discovery,
            ObjectProvider<BillhookWebhookConfigurer> configurers) {
        return DispatcherFactory.create(
                properties, discovery.registry(), configurers.orderedStream().toList());
    }

    @Bean(name = SERVLET_BEAN_NAME)
    @ConditionalOnMissingBean(name = SERVLET_BEAN_NAME)
    ServletRegistrationBean<WebhookServlet> billhookWebhookServlet(
            WebhookDispatcher dispatcher, BillhookWebhookProperties properties) {
        ServletRegistrationBean<WebhookServlet> registration =
                new ServletRegistrationBean<>(new WebhookServlet(dispatcher), properties.getPath());
        registration.setName(SERVLET_BEAN_NAME);
        return registration;
    }
}
