package dev.billhook.webhook.spring;

import dev.billhook.webhook.EventHandler;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.UnknownEvent;

import org.springframework.beans.factory.BeanInitializationException;
import org.springframework.util.ReflectionUtils;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One {@link OnCommetEvent} method as an {@link EventHandler}: the annotation checked against the
 * parameter at startup, so a mistake fails there, naming the method, not at the first delivery.
 *
 * @param types the event types it handles; empty means every event
 */
record HandlerMethod(Object bean, Method invocable, String source, List<String> types)
        implements EventHandler<WebhookEvent> {

    /**
     * @param invocable the method to call on {@code bean}, which may be a proxy
     * @param declared the method as declared on the bean's class, for checks and messages
     * @throws BeanInitializationException if the method cannot handle what the annotation says
     */
    static HandlerMethod of(
            Object bean, String beanName, Method invocable, Method declared, String[] value) {
        String source =
                "@OnCommetEvent method "
                        + declared.getDeclaringClass().getSimpleName()
                        + "."
                        + declared.getName()
                        + " of bean '"
                        + beanName
                        + "'";
        if (declared.getParameterCount() != 1
                || !WebhookEvent.class.isAssignableFrom(declared.getParameterTypes()[0])) {
            throw invalid(
                    source,
                    "must take exactly one parameter, a WebhookEvent or one of its records");
        }
        Class<?> parameter = declared.getParameterTypes()[0];
        Set<String> types = new LinkedHashSet<>();
        for (String type : value) {
            if (type == null || type.isBlank()) {
                throw invalid(source, "lists a blank event type");
            }
            types.add(type);
        }
        String typed = EventTypes.typeOf(parameter);
        if (typed != null) {
            if (!types.isEmpty() && !types.equals(Set.of(typed))) {
                throw invalid(
                        source,
                        "takes "
                                + parameter.getSimpleName()
                                + ", which only "
                                + typed
                                + " arrives as, but lists "
                                + types
                                + "; take WebhookEvent to handle several types");
            }
            types = Set.of(typed);
        } else if (parameter == UnknownEvent.class) {
            if (types.isEmpty()) {
                throw invalid(source, "takes UnknownEvent, so it must name the event types");
            }
            for (String type : types) {
                Class<?> record = EventTypes.recordOf(type);
                if (record != null) {
                    throw invalid(
                            source,
                            "lists "
                                    + type
                                    + ", which arrives as "
                                    + record.getSimpleName()
                                    + ", never as UnknownEvent; take "
                                    + record.getSimpleName());
                }
            }
        } else if (parameter != WebhookEvent.class) {
            throw invalid(source, "takes " + parameter.getName() + ", which no event arrives as");
        }
        ReflectionUtils.makeAccessible(invocable);
        return new HandlerMethod(bean, invocable, source, List.copyOf(types));
    }

    @Override
    public void handle(WebhookEvent event) throws Exception {
        try {
            invocable.invoke(bean, event);
        } catch (InvocationTargetException e) {
            // Hand the handler's own exception to the error handler, not the reflection wrapper.
            Throwable cause = e.getCause();
            if (cause instanceof Exception exception) {
                throw exception;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    private static BeanInitializationException invalid(String source, String problem) {
        return new BeanInitializationException(source + " " + problem);
    }
}
