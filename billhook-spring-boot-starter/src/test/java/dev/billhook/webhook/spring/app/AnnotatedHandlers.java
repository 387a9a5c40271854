package dev.billhook.webhook.spring.app;

import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.UnknownEvent;
import dev.billhook.webhook.spring.OnCommetEvent;

import org.springframework.stereotype.Component;

/** Handlers as annotated methods, one per rule of {@link OnCommetEvent}. */
@Component
public class AnnotatedHandlers {
    private final Recorder recorder;

    public AnnotatedHandlers(Recorder recorder) {
        this.recorder = recorder;
    }

    @OnCommetEvent
    void activated(SubscriptionActivatedEvent event) {
        recorder.record("method:activated:" + event.data().customerId());
    }

    @OnCommetEvent("billhook.test.untyped")
    void untyped(UnknownEvent event) {
        recorder.record("method:untyped:" + event.data().get("name"));
    }

    @OnCommetEvent({"billhook.test.fail", "billhook.test.fail-too"})
    void fail(WebhookEvent event) {
        throw new IllegalStateException("handler failed on purpose for " + event.id());
    }
}
