package dev.billhook.server.delivery;

/**
 * One finished attempt, as stored in {@code webhook_attempts}.
 *
 * @param startedAtMillis wall-clock start, epoch milliseconds
 * @param durationMillis how long it took, from a monotonic clock
 */
record Attempt(long startedAtMillis, long durationMillis, AttemptOutcome outcome) {}
