package dev.billhook.webhook.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.WebhookSigner;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every event's defaults parse to its typed record, complete, through a real dispatcher. */
class DefaultsTest {
    private static final String SECRET = WebhookSigner.newSecret();

    @Test
    void coversEveryTypedEventOfTheSdk() {
        assertThat(TestEvents.typedTypes())
                .hasSize(WebhookEvent.class.getPermittedSubclasses().length - 1)
                .hasSize(56)
                .contains("subscription.activated", "payment_link.created", "trial.will_end");
    }

    @TestFactory
    Stream<DynamicTest> defaultBodyOfEveryEventParsesToItsRecordWithEveryFieldSet() {
        return TestEvents.typedTypes().stream()
                .map(
                        type ->
                                DynamicTest.dynamicTest(
                                        type,
                                        () -> {
                                            WebhookEvent event = TestEvents.of(type).build();
                                            assertThat(event).isNotInstanceOf(UnknownEvent.class);
                                            assertThat(event.type()).isEqualTo(type);
                                            assertEveryComponentSet(data(event), type);
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> everyEventIsAcceptedByARealDispatcher() {
        List<WebhookEvent> seen = new ArrayList<>();
        WebhookDispatcher dispatcher = WebhookDispatcher.builder(SECRET).onEvent(seen::add).build();
        return TestEvents.typedTypes().stream()
                .map(
                        type ->
                                DynamicTest.dynamicTest(
                                        type,
                                        () -> {
                                            WebhookResponse r =
                                                    TestEvents.of(type).sign(SECRET).postTo(dispatcher);
                                            assertThat(r).isEqualTo(WebhookResponse.RECEIVED);
                                            assertThat(seen.get(seen.size() - 1).type())
                                                    .isEqualTo(type);
                                        }));
    }

    @Test
    void statusFollowsTheEventType() {
        assertThat(TestEvents.of("subscription.created").build().toString())
                .contains("status=pending_payment");
        assertThat(TestEvents.of("trial.started").build().toString()).contains("status=trialing");
        assertThat(TestEvents.of("payout.paid").build().toString()).contains("status=paid");
    }

    @Test
    void eachEventGetsItsOwnIdSoDeduplicationNeverHidesOne() {
        assertThat(TestEvents.of("payment.received").build().id())
                .startsWith("whev_test_")
                .isNotEqualTo(TestEvents.of("payment.received").build().id());
    }

    private static Object data(WebhookEvent event) throws ReflectiveOperationException {
        return event.getClass().getMethod("data").invoke(event);
    }

    private static void assertEveryComponentSet(Object record, String path)
            throws ReflectiveOperationException {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            Object value = c.getAccessor().invoke(record);
            assertThat(value).as(path + "." + c.getName()).isNotNull();
            if (value instanceof Record nested) {
                assertEveryComponentSet(nested, path + "." + c.getName());
            }
            if (value instanceof List<?> list) {
                assertThat(list).as(path + "." + c.getName()).isNotEmpty();
            }
        }
    }
}
