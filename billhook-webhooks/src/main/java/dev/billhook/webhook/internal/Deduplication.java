package dev.billhook.webhook.internal;

import dev.billhook.webhook.ErrorHandler;
import dev.billhook.webhook.WebhookEvent;
import dev.billhook.webhook.WebhookResponse;
import dev.billhook.webhook.dedup.Claim;
import dev.billhook.webhook.dedup.ProcessedEvents;

import java.time.Duration;
import java.util.Objects;
import java.util.function.Function;

/**
 * Runs a dispatcher's handlers at most once per event id, through a {@link ProcessedEvents}: claim,
 * run, then mark processed on success or release on failure.
 *
 * <p>A delivery that finds the event claimed by another, still-running delivery answers {@link
 * WebhookResponse#EVENT_IN_PROGRESS} (409) at once instead of waiting: the winner may yet fail, and if the sender gave
 * up on the winner's connection (its 10-second timeout) the winner's 500 is never seen, so only a
 * non-2xx here keeps the sender retrying until the outcome is known (SPEC section 3). The sender
 * retries any non-2xx; by the next attempt the winner has marked the event (200 then) or released
 * it (the handlers run then).
 */
public final class Deduplication {
    private final ProcessedEvents store;
    private final Duration lease;

    public Deduplication(ProcessedEvents store, Duration lease) {
        this.store = Objects.requireNonNull(store, "store");
        this.lease = Objects.requireNonNull(lease, "lease");
    }

    /**
     * The answer for {@code event}, running {@code handlers} only if this call claims it. An event
     * without an id cannot be deduplicated and always runs. Store failures go to {@code report}:
     * one while claiming answers 500 without running anything; one while marking or releasing keeps
     * the handlers' answer (the lease then expires on its own).
     *
     * @param handlers runs the handlers and answers; 200 means they all succeeded
     */
    public WebhookResponse run(
            WebhookEvent event,
            Function<WebhookEvent, WebhookResponse> handlers,
            ErrorHandler report) {
        String id = event.id();
        if (id == null || id.isBlank()) {
            return handlers.apply(event);
        }
        Claim claim;
        try {
            claim = store.claim(id, lease);
        } catch (RuntimeException e) {
            report.handle(e, event);
            return WebhookResponse.HANDLER_FAILED;
        }
        if (claim instanceof Claim.AlreadyProcessed) {
            return WebhookResponse.RECEIVED;
        }
        if (!(claim instanceof Claim.Claimed claimed)) {
            return WebhookResponse.EVENT_IN_PROGRESS;
        }
        boolean succeeded = false;
        try {
            WebhookResponse response = handlers.apply(event);
            succeeded = response.status() == WebhookResponse.RECEIVED.status();
            return response;
        } finally {
            settle(claimed, succeeded, event, report);
        }
    }

    private void settle(
            Claim.Claimed claim, boolean succeeded, WebhookEvent event, ErrorHandler report) {
        try {
            if (succeeded) {
                store.markProcessed(claim);
            } else {
                store.release(claim);
            }
        } catch (RuntimeException e) {
            report.handle(e, event);
        }
    }

    @Override
    public String toString() {
        return "Deduplication[" + store + ", lease=" + lease + "]";
    }
}
