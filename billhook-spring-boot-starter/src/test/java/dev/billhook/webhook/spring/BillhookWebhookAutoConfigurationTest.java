package dev.billhook.webhook.spring;

import static dev.billhook.webhook.spring.Deliveries.activated;
import static dev.billhook.webhook.spring.Deliveries.sign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.EventHandler;
import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookHeaders;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.servlet.WebhookServlet;

import org.aopalliance.intercept.MethodInterceptor;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.context.properties.source.MutuallyExclusiveConfigurationPropertiesException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.assertj.AssertableWebApplicationContext;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The auto-configuration's wiring and its startup failures, in a servlet application context
 * without a server. Deliveries go straight to the context's dispatcher.
 */
class BillhookWebhookAutoConfigurationTest {
    private static final String SECRET_PROPERTY = "billhook.webhooks.secret=" + Deliveries.SECRET;

    private final WebApplicationContextRunner runner =
            new WebApplicationContextRunner()
                    .withConfiguration(
                            AutoConfigurations.of(BillhookWebhookAutoConfiguration.class));

    @Test
    void withoutASecretTheApplicationFailsToStartNamingTheProperty() {
        runner.run(
                context -> {
                    assertThat(context).hasFailed();
                    Throwable failure = context.getStartupFailure();
                    assertThat(failure)
                            .rootCause()
                            .isInstanceOf(MissingWebhookSecretException.class)
                            .hasMessageStartingWith("billhook.webhooks.secret is not set");
                    FailureAnalysis analysis =
                            new MissingWebhookSecretFailureAnalyzer().analyze(failure);
                    assertThat(analysis.getAction())
                            .contains("billhook.webhooks.secret", "BILLHOOK_WEBHOOKS_SECRET");
                });
    }

    @Test
    void aBlankSecretIsMissingToo() {
        runner.withPropertyValues("billhook.webhooks.secret= ")
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .rootCause()
                                        .isInstanceOf(MissingWebhookSecretException.class));
    }

    @Test
    void secretAndSecretsTogetherFailToStart() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.secrets=whsec_other")
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .rootCause()
                                        .isInstanceOf(
                                                MutuallyExclusiveConfigurationPropertiesException
                                                        .class));
    }

    @Test
    void aSecretWithWhitespaceNamesThePropertyButNotTheSecret() {
        // Through a property source: inline "key=value" pairs are trimmed.
        runner.withInitializer(
                        context ->
                                context.getEnvironment()
                                        .getPropertySources()
                                        .addFirst(
                                                new MapPropertySource(
                                                        "untrimmed",
                                                        Map.of(
                                                                "billhook.webhooks.secret",
                                                                Deliveries.SECRET + "\t"))))
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .rootCause()
                                        .isInstanceOf(
                                                InvalidConfigurationPropertyValueException.class)
                                        .hasMessageContaining("billhook.webhooks.secret")
                                        .hasMessageNotContaining(Deliveries.SECRET));
    }

    @Test
    void rotationAcceptsEverySecretListed() {
        String previous = WebhookSigner.newSecret();
        runner.withPropertyValues(
                        "billhook.webhooks.secrets[0]=" + Deliveries.SECRET,
                        "billhook.webhooks.secrets[1]=" + previous)
                .run(
                        context -> {
                            byte[] body = activated("whev_1", "cus_1");
                            assertThat(deliver(context, body, sign(body))).isEqualTo(200);
                            assertThat(deliver(context, body, WebhookSigner.sign(body, previous)))
                                    .isEqualTo(200);
                            assertThat(
                                            deliver(
                                                    context,
                                                    body,
                                                    WebhookSigner.sign(
                                                            body, WebhookSigner.newSecret())))
                                    .isEqualTo(403);
                        });
    }

    @Test
    void requireSignedTimestampRejectsTheCommetSignatureAlone() {
        runner.withPropertyValues(
                        SECRET_PROPERTY, "billhook.webhooks.policy=require-signed-timestamp")
                .run(
                        context -> {
                            byte[] body = activated("whev_1", "cus_1");
                            assertThat(deliver(context, body, sign(body))).isEqualTo(403);
                            long now = Instant.now().getEpochSecond();
                            assertThat(
                                            deliver(
                                                    context,
                                                    body,
                                                    Deliveries.signedTimestamp(
                                                            "whev_1",
                                                            now,
                                                            body,
                                                            Deliveries.SECRET)))
                                    .isEqualTo(200);
                        });
    }

    @Test
    void toleranceWidensTheSignedTimestampWindow() {
        byte[] body = activated("whev_1", "cus_1");
        long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
        Map<String, String> headers =
                Deliveries.signedTimestamp("whev_1", tenMinutesAgo, body, Deliveries.SECRET);
        runner.withPropertyValues(SECRET_PROPERTY)
                .run(context -> assertThat(deliver(context, body, headers)).isEqualTo(403));
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.tolerance=15m")
                .run(context -> assertThat(deliver(context, body, headers)).isEqualTo(200));
    }

    @Test
    void aToleranceOfFractionalSecondsFailsToBind() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.tolerance=1500ms")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void requiringSignedTimestampsWithASecretThatCannotSignThemNamesThePolicy() {
        runner.withPropertyValues(
                        "billhook.webhooks.secret=not-a-whsec-secret",
                        "billhook.webhooks.policy=require-signed-timestamp")
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .rootCause()
                                        .isInstanceOf(
                                                InvalidConfigurationPropertyValueException.class)
                                        .hasMessageContaining("billhook.webhooks.policy"));
    }

    @Test
    void maxBodySizeIsTheDispatchersLimit() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.max-body-size=100B")
                .run(
                        context -> {
                            byte[] body = activated("whev_1", "cus_1");
                            assertThat(deliver(context, body, sign(body))).isEqualTo(413);
                        });
    }

    @Test
    void registersTheServletAtTheDefaultPath() {
        runner.withPropertyValues(SECRET_PROPERTY)
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(registration(context).getUrlMappings())
                                    .containsExactly("/webhooks/commet");
                            assertThat(registration(context).getServlet())
                                    .isInstanceOf(WebhookServlet.class);
                        });
    }

    @Test
    void registersTheServletAtAConfiguredPath() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.path=/hooks/billing")
                .run(
                        context ->
                                assertThat(registration(context).getUrlMappings())
                                        .containsExactly("/hooks/billing"));
    }

    @Test
    void aPathWithAWildcardFailsToBind() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.path=/hooks/*")
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .hasMessageContaining("billhook.webhooks"));
    }

    @Test
    void aNonPositiveMaxBodySizeFailsToBind() {
        runner.withPropertyValues(SECRET_PROPERTY, "billhook.webhooks.max-body-size=0B")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void disabledMeansNoEndpointAndNoSecretNeeded() {
        runner.withPropertyValues("billhook.webhooks.enabled=false")
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context).doesNotHaveBean(WebhookDispatcher.class);
                            assertThat(context)
                                    .doesNotHaveBean(
                                            BillhookWebhookAutoConfiguration.SERVLET_BEAN_NAME);
                        });
    }

    @Test
    void anApplicationDispatcherIsUsedAndNeedsNoSecretProperty() {
        runner.withUserConfiguration(OwnDispatcher.class)
                .run(
                        context -> {
                            assertThat(context).hasNotFailed();
                            assertThat(context.getBean(WebhookDispatcher.class))
                                    .isSameAs(context.getBean("ownDispatcher"));
                        });
    }

    @Test
    void handlersNextToAnApplicationDispatcherFailStartupInsteadOfNeverRunning() {
        runner.withUserConfiguration(OwnDispatcher.class, TypedMethod.class)
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .hasMessageContaining("defines its own WebhookDispatcher"));
    }

    @Test
    void aHandlerClassGetsItsTypeFromItsTypeArgument() {
        runner.withPropertyValues(SECRET_PROPERTY)
                .withUserConfiguration(HandlerClass.class)
                .run(
                        context -> {
                            assertThat(deliver(context, activated("whev_1", "cus_9")))
                                    .isEqualTo(200);
                            assertThat(context.getBean(ActivatedHandler.class).customers)
                                    .containsExactly("cus_9");
                        });
    }

    @Test
    void methodsAreCalledThroughTheBeansProxy() {
        runner.withPropertyValues(SECRET_PROPERTY)
                .withUserConfiguration(ProxiedMethod.class)
                .run(
                        context -> {
                            assertThat(deliver(context, activated("whev_1", "cus_9")))
                                    .isEqualTo(200);
                            assertThat(ProxiedMethod.calls)
                                    .containsExactly("proxy:activated", "method:cus_9");
                        });
    }

    @Test
    void anEventHandlerLambdaWithoutATypeArgumentFailsStartup() {
        expectStartupFailure(RawLambda.class, "cannot tell which Commet event it handles");
    }

    @Test
    void anEventHandlerOfUnknownEventFailsStartup() {
        expectStartupFailure(UnknownHandlerBean.class, "cannot tell which Commet event");
    }

    @Test
    void aMethodTakingANonEventFailsStartup() {
        expectStartupFailure(NotAnEvent.class, "must take exactly one parameter");
    }

    @Test
    void aTypedMethodListingAnotherTypeFailsStartup() {
        expectStartupFailure(MismatchedType.class, "only subscription.activated arrives as");
    }

    @Test
    void anUnknownEventMethodMustNameItsTypes() {
        expectStartupFailure(UnnamedUnknown.class, "must name the event types");
    }

    @Test
    void anUnknownEventMethodCannotNameATypedEvent() {
        expectStartupFailure(TypedAsUnknown.class, "never as UnknownEvent");
    }

    @Test
    void aPrototypeHandlerBeanFailsStartup() {
        expectStartupFailure(PrototypeHandler.class, "must be a singleton");
    }

    @Test
    void aConfigurerCannotTakeTheCatchAllSlot() {
        expectStartupFailure(CatchAllConfigurer.class, "onEvent/onError belong to the starter");
    }

    private void expectStartupFailure(Class<?> configuration, String message) {
        runner.withPropertyValues(SECRET_PROPERTY)
                .withUserConfiguration(configuration)
                .run(
                        context ->
                                assertThat(context.getStartupFailure())
                                        .isNotNull()
                                        .hasStackTraceContaining(message));
    }

    @SuppressWarnings("unchecked")
    private static ServletRegistrationBean<WebhookServlet> registration(
            AssertableWebApplicationContext context) {
        return context.getBean(
                BillhookWebhookAutoConfiguration.SERVLET_BEAN_NAME, ServletRegistrationBean.class);
    }

    private static int deliver(AssertableWebApplicationContext context, byte[] body) {
        return deliver(context, body, sign(body));
    }

    private static int deliver(
            AssertableWebApplicationContext context, byte[] body, String signature) {
        return deliver(context, body, Map.of(WebhookHeaders.SIGNATURE, signature));
    }

    private static int deliver(
            AssertableWebApplicationContext context, byte[] body, Map<String, String> headers) {
        return context.getBean(WebhookDispatcher.class)
                .handle(body, HeaderLookup.of(headers))
                .status();
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnDispatcher {
        @Bean
        WebhookDispatcher ownDispatcher() {
            return WebhookDispatcher.builder(Deliveries.SECRET).build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TypedMethod {
        @Bean
        Object typedMethodBean() {
            return new Object() {
                @OnCommetEvent
                void activated(SubscriptionActivatedEvent event) {}
            };
        }
    }

    static class ActivatedHandler implements EventHandler<SubscriptionActivatedEvent> {
        final List<String> customers = new CopyOnWriteArrayList<>();

        @Override
        public void handle(SubscriptionActivatedEvent event) {
            customers.add(event.data().customerId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class HandlerClass {
        @Bean
        ActivatedHandler activatedHandler() {
            return new ActivatedHandler();
        }
    }

    /** A handler bean wrapped in a class-based proxy, as @Transactional would wrap it. */
    public static class ProxiedHandler {
        @OnCommetEvent
        public void activated(SubscriptionActivatedEvent event) {
            ProxiedMethod.calls.add("method:" + event.data().customerId());
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ProxiedMethod {
        static final List<String> calls = new CopyOnWriteArrayList<>();

        @Bean
        ProxiedHandler proxiedHandler() {
            return new ProxiedHandler();
        }

        @Bean
        static BeanPostProcessor proxyingPostProcessor() {
            return new ProxyingPostProcessor();
        }
    }

    static final class ProxyingPostProcessor implements BeanPostProcessor, Ordered {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof ProxiedHandler)) {
                return bean;
            }
            ProxyFactory factory = new ProxyFactory(bean);
            factory.setProxyTargetClass(true);
            factory.addAdvice(
                    (MethodInterceptor)
                            invocation -> {
                                ProxiedMethod.calls.add(
                                        "proxy:" + invocation.getMethod().getName());
                                return invocation.proceed();
                            });
            return factory.getProxy();
        }

        @Override
        public int getOrder() {
            return 0; // like the AOP auto-proxy creators: before the starter's discovery
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class RawLambda {
        @Bean
        @SuppressWarnings("rawtypes")
        EventHandler rawHandler() {
            return event -> {};
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UnknownHandlerBean {
        @Bean
        EventHandler<UnknownEvent> unknownHandler() {
            return event -> {};
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class NotAnEvent {
        @Bean
        Object notAnEventBean() {
            return new Object() {
                @OnCommetEvent
                void handle(String body) {}
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class MismatchedType {
        @Bean
        Object mismatchedBean() {
            return new Object() {
                @OnCommetEvent("payment.received")
                void handle(SubscriptionActivatedEvent event) {}
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UnnamedUnknown {
        @Bean
        Object unnamedBean() {
            return new Object() {
                @OnCommetEvent
                void handle(UnknownEvent event) {}
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class TypedAsUnknown {
        @Bean
        Object typedAsUnknownBean() {
            return new Object() {
                @OnCommetEvent("subscription.activated")
                void handle(UnknownEvent event) {}
            };
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class PrototypeHandler {
        @Bean
        @Scope("prototype")
        EventHandler<WebhookEvent> prototypeHandler() {
            return event -> {};
        }

        @Bean
        Object prototypeUser(
                org.springframework.beans.factory.ObjectProvider<EventHandler<WebhookEvent>>
                        handlers) {
            return handlers.getObject();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class CatchAllConfigurer {
        @Bean
        BillhookWebhookConfigurer catchAllConfigurer() {
            return builder -> builder.onEvent(event -> {});
        }
    }
}
