package dev.billhook.webhook.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.event.SubscriptionActivatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

/** The starter's type table comes from the SDK, so it covers every typed event the SDK has. */
class EventTypesTest {
    @Test
    void everyTypedRecordOfTheSdkHasItsWireType() {
        Arrays.stream(WebhookEvent.class.getPermittedSubclasses())
                .filter(record -> record != UnknownEvent.class)
                .forEach(
                        record -> {
                            String type = EventTypes.typeOf(record);
                            assertThat(type).as(record.getSimpleName()).isNotBlank();
                            assertThat(EventTypes.recordOf(type)).isEqualTo(record);
                        });
    }

    @Test
    void knowsTheCoreTypesAndNothingForUntypedOnes() {
        assertThat(EventTypes.typeOf(SubscriptionActivatedEvent.class))
                .isEqualTo("subscription.activated");
        assertThat(EventTypes.typeOf(UnknownEvent.class)).isNull();
        assertThat(EventTypes.recordOf("vendor.custom_event")).isNull();
    }
}
