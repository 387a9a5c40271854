package dev.billhook.server.delivery;

/** Where a delivery stands after an attempt: done, due again at some time, or given up. */
sealed interface DeliveryOutcome {
    record Delivered() implements DeliveryOutcome {}

    /** @param nextAttemptAt epoch milliseconds */
    record RetryLater(long nextAttemptAt) implements DeliveryOutcome {}

    record GaveUp() implements DeliveryOutcome {}
}
