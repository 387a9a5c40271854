package dev.billhook.webhook.spring;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.EventHandler;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.aop.framework.AopInfrastructureBean;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds webhook handlers among the application's beans as they are created, and fills the {@link
 * HandlerRegistry}: beans implementing {@link EventHandler} (the event type read from the type
 * argument), beans implementing {@link ErrorHandler}, and {@link OnCommetEvent} methods. When every
 * singleton exists it freezes the registry, and fails startup if handlers were found but the
 * application defined its own {@link WebhookDispatcher}, which would never call them.
 *
 * <p>Registered as a static bean so it exists before the beans it inspects.
 */
final class HandlerDiscovery
        implements BeanPostProcessor, SmartInitializingSingleton, BeanFactoryAware {
    private static final Log LOG = LogFactory.getLog(HandlerDiscovery.class);

    private final HandlerRegistry registry = new HandlerRegistry();
    private final Set<Class<?>> withoutMethods = ConcurrentHashMap.newKeySet();
    private ConfigurableListableBeanFactory beanFactory;

    HandlerRegistry registry() {
        return registry;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof AopInfrastructureBean || bean instanceof WebhookDispatcher) {
            return bean;
        }
        Class<?> target = AopProxyUtils.ultimateTargetClass(bean);
        if (bean instanceof EventHandler<?> handler) {
            addHandlerBean(handler, beanName, target);
        }
        if (bean instanceof ErrorHandler handler) {
            requireSingleton(beanName);
            registry.addErrorHandler(
                    order(bean, beanName, target), "bean '" + beanName + "'", handler);
        }
        addMethods(bean, beanName, target);
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!registry.isEmpty() && !registry.isAttached()) {
            throw new IllegalStateException(
                    "Commet webhook handler beans or @OnCommetEvent methods were found, but the"
                            + " application defines its own WebhookDispatcher bean, which never"
                            + " calls them. Remove that bean and configure the dispatcher with"
                            + " billhook.webhooks.* properties and BillhookWebhookConfigurer beans,"
                            + " or register those handlers on your dispatcher yourself.");
        }
        registry.freeze();
        if (registry.isAttached()) {
            LOG.info("Commet webhooks: " + registry.summary());
        }
    }

    @SuppressWarnings("unchecked") // the registry routes by type, so the event always fits
    private void addHandlerBean(EventHandler<?> handler, String beanName, Class<?> target) {
        Class<?> eventClass = eventClassOf(beanName, target);
        String source = "EventHandler bean '" + beanName + "'";
        EventHandler<WebhookEvent> routed = (EventHandler<WebhookEvent>) handler;
        requireSingleton(beanName);
        int order = order(handler, beanName, target);
        if (eventClass == WebhookEvent.class) {
            registry.add(null, order, source, routed);
            return;
        }
        String type = eventClass == null ? null : EventTypes.typeOf(eventClass);
        if (type == null) {
            throw new BeanInitializationException(
                    source
                            + ": cannot tell which Commet event it handles (type argument: "
                            + (eventClass == null ? "unresolvable" : eventClass.getSimpleName())
                            + "). Declare it as EventHandler<SomeTypedEvent> for one type or"
                            + " EventHandler<WebhookEvent> for all; for an event type without a"
                            + " record, use an @OnCommetEvent(\"the.type\") method taking"
                            + " UnknownEvent.");
        }
        registry.add(type, order, source, routed);
    }

    /**
     * The E of EventHandler&lt;E&gt;, from the bean definition (a @Bean method's return type) or
     * else the bean's class; null if neither declares it (a raw type or a lambda's class).
     */
    private Class<?> eventClassOf(String beanName, Class<?> target) {
        if (beanFactory != null && beanFactory.containsBeanDefinition(beanName)) {
            Class<?> declared =
                    typeArgument(beanFactory.getMergedBeanDefinition(beanName).getResolvableType());
            if (declared != null) {
                return declared;
            }
        }
        return typeArgument(ResolvableType.forClass(target));
    }

    private static Class<?> typeArgument(ResolvableType type) {
        ResolvableType handler = type.as(EventHandler.class);
        // A raw EventHandler would "resolve" to the variable's bound, WebhookEvent, and silently
        // become a catch-all; refuse to guess instead.
        if (handler == ResolvableType.NONE || handler.hasUnresolvableGenerics()) {
            return null;
        }
        return handler.getGeneric(0).resolve();
    }

    private void addMethods(Object bean, String beanName, Class<?> target) {
        if (withoutMethods.contains(target)
                || !AnnotationUtils.isCandidateClass(target, OnCommetEvent.class)) {
            return;
        }
        Map<Method, OnCommetEvent> methods =
                MethodIntrospector.selectMethods(
                        target,
                        (MethodIntrospector.MetadataLookup<OnCommetEvent>)
                                method ->
                                        AnnotatedElementUtils.findMergedAnnotation(
                                                method, OnCommetEvent.class));
        if (methods.isEmpty()) {
            withoutMethods.add(target);
            return;
        }
        requireSingleton(beanName);
        int beanOrder = order(bean, beanName, target);
        methods.forEach(
                (method, annotation) -> {
                    HandlerMethod handler =
                            HandlerMethod.of(
                                    bean,
                                    beanName,
                                    AopUtils.selectInvocableMethod(method, bean.getClass()),
                                    method,
                                    annotation.value());
                    int order = orderOf(method, beanOrder);
                    if (handler.types().isEmpty()) {
                        registry.add(null, order, handler.source(), handler);
                    }
                    for (String type : handler.types()) {
                        registry.add(type, order, handler.source(), handler);
                    }
                });
    }

    private void requireSingleton(String beanName) {
        if (beanFactory != null
                && beanFactory.containsBeanDefinition(beanName)
                && !beanFactory.getMergedBeanDefinition(beanName).isSingleton()) {
            throw new BeanInitializationException(
                    "bean '"
                            + beanName
                            + "' handles Commet webhooks, so it must be a singleton; it is scoped '"
                            + beanFactory.getMergedBeanDefinition(beanName).getScope()
                            + "'");
        }
    }

    /** Ordered, else @Order on the class, else @Order on the @Bean method; else last. */
    private int order(Object bean, String beanName, Class<?> target) {
        if (bean instanceof Ordered ordered) {
            return ordered.getOrder();
        }
        Integer order = OrderUtils.getOrder(target);
        if (order == null && beanFactory != null && beanFactory.containsBeanDefinition(beanName)) {
            BeanDefinition definition = beanFactory.getMergedBeanDefinition(beanName);
            if (definition instanceof RootBeanDefinition root
                    && root.getResolvedFactoryMethod() != null) {
                order = orderOf(root.getResolvedFactoryMethod());
            }
        }
        return order != null ? order : Ordered.LOWEST_PRECEDENCE;
    }

    private static int orderOf(Method method, int fallback) {
        Integer order = orderOf(method);
        return order != null ? order : fallback;
    }

    private static Integer orderOf(AnnotatedElement element) {
        Order order = AnnotatedElementUtils.findMergedAnnotation(element, Order.class);
        return order == null ? null : order.value();
    }
}
