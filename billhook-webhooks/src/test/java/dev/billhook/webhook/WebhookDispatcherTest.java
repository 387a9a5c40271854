package dev.billhook.webhook;

import static dev.billhook.webhook.Payloads.SECRET;
import static dev.billhook.webhook.Payloads.envelope;
import static dev.billhook.webhook.Payloads.signature;
import static dev.billhook.webhook.Payloads.utf8;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.event.SubscriptionCreatedEvent;
import dev.billhook.webhook.event.UnknownEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

class WebhookDispatcherTest {
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private final List<Throwable> errors = new CopyOnWriteArrayList<>();
    private final List<WebhookEvent> errorEvents = new ArrayList<>();

    private WebhookDispatcher.Builder recording() {
        return WebhookDispatcher.builder(SECRET)
                .onEvent(e -> calls.add("all:" + e.type()))
                .onError(
                        (error, event) -> {
                            errors.add(error);
                            errorEvents.add(event);
                        });
    }

    private static WebhookResponse deliver(WebhookDispatcher dispatcher, String body) {
        byte[] bytes = utf8(body);
        return dispatcher.handle(
                bytes, HeaderLookup.of(Map.of("x-commet-signature", signature(bytes))));
    }

    @Test
    void typedHandlerRunsThenCatchAllAndAnswers200() {
        WebhookDispatcher dispatcher =
                recording()
                        .onSubscriptionCreated(e -> calls.add("typed:" + e.data().subscriptionId()))
                        .build();
        WebhookResponse response = deliver(dispatcher, Payloads.subscriptionCreated());
        assertThat(response).isEqualTo(new WebhookResponse(200, "{\"received\":true}"));
        assertThat(calls).containsExactly("typed:sub_1", "all:subscription.created");
        assertThat(errors).isEmpty();
    }

    @Test
    void unknownTypeReachesOnTypeAndCatchAllAs200() {
        List<WebhookEvent> seen = new ArrayList<>();
        WebhookDispatcher dispatcher = recording().on("vendor.custom_event", seen::add).build();
        String body = envelope("whev_c", "vendor.custom_event", "{\"customerId\":\"cus_1\"}");
        assertThat(deliver(dispatcher, body).status()).isEqualTo(200);
        assertThat(seen).singleElement().isInstanceOf(UnknownEvent.class);
        assertThat(calls).containsExactly("all:vendor.custom_event");
    }

    @Test
    void throwingHandlerAnswers500AndTellsOnError() {
        IllegalStateException boom = new IllegalStateException("database down");
        WebhookDispatcher dispatcher =
                recording()
                        .onSubscriptionCreated(
                                e -> {
                                    throw boom;
                                })
                        .build();
        WebhookResponse response = deliver(dispatcher, Payloads.subscriptionCreated());
        assertThat(response)
                .isEqualTo(
                        new WebhookResponse(
                                500, "{\"received\":false,\"error\":\"Handler failed\"}"));
        assertThat(errors).containsExactly(boom);
        assertThat(errorEvents).singleElement().isInstanceOf(SubscriptionCreatedEvent.class);
        assertThat(calls).as("catch-all skipped after a failure").isEmpty();
    }

    @Test
    void checkedExceptionsAndErrorsFromHandlersAlsoAnswer500() {
        WebhookDispatcher checked =
                WebhookDispatcher.builder(SECRET)
                        .onEvent(
                                e -> {
                                    throw new Exception("checked");
                                })
                        .build();
        WebhookDispatcher error =
                WebhookDispatcher.builder(SECRET)
                        .onEvent(
                                e -> {
                                    throw new AssertionError("error");
                                })
                        .build();
        assertThat(deliver(checked, Payloads.subscriptionCreated()).status()).isEqualTo(500);
        assertThat(deliver(error, Payloads.subscriptionCreated()).status()).isEqualTo(500);
    }

    @Test
    void throwingErrorHandlerDoesNotChangeTheResponse() {
        WebhookDispatcher dispatcher =
                WebhookDispatcher.builder(SECRET)
                        .onError(
                                (error, event) -> {
                                    throw new RuntimeException("logging broke");
                                })
                        .build();
        WebhookResponse response = dispatcher.handle(utf8("{}"), name -> null);
        assertThat(response).isEqualTo(WebhookResponse.INVALID_SIGNATURE);
    }

    @Test
    void invalidJsonWithAGoodSignatureAnswers400() {
        WebhookDispatcher dispatcher = recording().build();
        WebhookResponse response = deliver(dispatcher, "{\"id\": oops");
        assertThat(response)
                .isEqualTo(
                        new WebhookResponse(
                                400, "{\"received\":false,\"error\":\"Invalid payload\"}"));
        assertThat(errors)
                .singleElement()
                .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_PAYLOAD));
        assertThat(errorEvents).containsExactly((WebhookEvent) null);
        assertThat(calls).isEmpty();
    }

    @Test
    void wrongTypedRequiredFieldAnswers400() {
        String body = Payloads.subscriptionCreated().replace("\"sub_1\"", "1");
        assertThat(deliver(recording().build(), body)).isEqualTo(WebhookResponse.INVALID_PAYLOAD);
    }

    @Test
    void badSignatureAnswers403AndRunsNoHandler() {
        WebhookDispatcher dispatcher = recording().build();
        byte[] body = utf8(Payloads.subscriptionCreated());
        WebhookResponse response =
                dispatcher.handle(
                        body, HeaderLookup.of(Map.of("X-Commet-Signature", "0".repeat(64))));
        assertThat(response)
                .isEqualTo(
                        new WebhookResponse(
                                403, "{\"received\":false,\"error\":\"Invalid signature\"}"));
        assertThat(calls).isEmpty();
        assertThat(errorEvents).containsExactly((WebhookEvent) null);
    }

    @Test
    void emptyOrNullBodyWithoutSignatureIs403NotAnException() {
        WebhookDispatcher dispatcher = recording().build();
        assertThat(dispatcher.handle(new byte[0], HeaderLookup.of(Map.of())))
                .isEqualTo(WebhookResponse.INVALID_SIGNATURE);
        assertThat(dispatcher.handle((byte[]) null, null))
                .isEqualTo(WebhookResponse.INVALID_SIGNATURE);
        assertThat(dispatcher.handle((InputStream) null, null))
                .isEqualTo(WebhookResponse.INVALID_SIGNATURE);
    }

    @Test
    void emptyBodyWithItsOwnValidSignatureIs400() {
        WebhookDispatcher dispatcher = recording().build();
        assertThat(deliver(dispatcher, "")).isEqualTo(WebhookResponse.INVALID_PAYLOAD);
    }

    @Test
    void signatureHeaderLookupIsCaseInsensitive() {
        WebhookDispatcher dispatcher = recording().build();
        byte[] body = utf8(Payloads.subscriptionCreated());
        for (String name :
                List.of("X-Commet-Signature", "x-commet-signature", "X-COMMET-SIGNATURE")) {
            assertThat(
                            dispatcher.handle(
                                    body, HeaderLookup.of(Map.of(name, List.of(signature(body))))))
                    .as(name)
                    .isEqualTo(WebhookResponse.RECEIVED);
        }
    }

    @Test
    void throwingHeaderLookupIsCaughtAnd500() {
        WebhookDispatcher dispatcher = recording().build();
        HeaderLookup broken =
                name -> {
                    throw new IllegalStateException("request already recycled");
                };
        assertThat(dispatcher.handle(utf8("{}"), broken)).isEqualTo(WebhookResponse.HANDLER_FAILED);
    }

    @Test
    void verifyAndParseIsAvailableWithoutDispatch() {
        byte[] body = utf8(Payloads.subscriptionCreated());
        WebhookEvent event = recording().build().verifyAndParse(body, signature(body));
        assertThat(event).isInstanceOf(SubscriptionCreatedEvent.class);
        assertThat(calls).isEmpty();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void missingSecretFailsAtBuildTime(String secret) {
        assertThatIllegalArgumentException().isThrownBy(() -> WebhookDispatcher.builder(secret));
    }

    @Test
    void eachHandlerSlotIsSetOnce() {
        assertThatIllegalStateException()
                .isThrownBy(
                        () ->
                                WebhookDispatcher.builder(SECRET)
                                        .onSubscriptionCreated(e -> {})
                                        .on(SubscriptionCreatedEvent.TYPE, e -> {}));
        assertThatIllegalStateException()
                .isThrownBy(
                        () -> WebhookDispatcher.builder(SECRET).onEvent(e -> {}).onEvent(e -> {}));
        assertThatIllegalStateException()
                .isThrownBy(
                        () ->
                                WebhookDispatcher.builder(SECRET)
                                        .onError((t, e) -> {})
                                        .onError((t, e) -> {}));
    }
}
