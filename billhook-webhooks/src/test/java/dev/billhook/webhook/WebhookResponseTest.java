package dev.billhook.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

/** The status table documented in the README, one row per reason. */
class WebhookResponseTest {
    @Test
    void everyReasonMapsToTheDocumentedStatus() {
        Map<Reason, Integer> expected = new EnumMap<>(Reason.class);
        expected.put(Reason.MISSING_SIGNATURE, 403);
        expected.put(Reason.INCOMPLETE_SIGNATURE, 403);
        expected.put(Reason.MALFORMED_SIGNATURE, 403);
        expected.put(Reason.NO_MATCHING_SIGNATURE, 403);
        expected.put(Reason.MALFORMED_TIMESTAMP, 403);
        expected.put(Reason.TIMESTAMP_TOO_OLD, 403);
        expected.put(Reason.TIMESTAMP_IN_FUTURE, 403);
        expected.put(Reason.MALFORMED_PAYLOAD, 400);
        expected.put(Reason.UNREADABLE_BODY, 400);
        expected.put(Reason.BODY_TOO_LARGE, 413);
        expected.put(Reason.UNSUPPORTED_ENCODING, 415);
        assertThat(expected.keySet()).containsExactlyInAnyOrder(Reason.values());
        for (Reason reason : Reason.values()) {
            int status = WebhookResponse.rejected(reason).status();
            assertThat(status).as(reason.name()).isEqualTo(expected.get(reason));
            assertThat(reason.isSignatureFailure()).as(reason.name()).isEqualTo(status == 403);
        }
    }

    @Test
    void bodiesFollowTheReferenceShape() {
        assertThat(WebhookResponse.rejected(Reason.BODY_TOO_LARGE).body())
                .isEqualTo("{\"received\":false,\"error\":\"Payload too large\"}");
        assertThat(WebhookResponse.rejected(Reason.UNSUPPORTED_ENCODING).body())
                .isEqualTo("{\"received\":false,\"error\":\"Unsupported content encoding\"}");
        assertThat(WebhookResponse.rejected(Reason.TIMESTAMP_TOO_OLD))
                .isEqualTo(WebhookResponse.INVALID_SIGNATURE);
    }
}
