/**
 * Exactly-once processing on top of at-least-once delivery: a store of event ids whose handlers
 * have run, consulted by {@link dev.billhook.webhook.WebhookDispatcher.Builder#deduplicateWith}.
 *
 * <p>{@link dev.billhook.webhook.dedup.ProcessedEvents} is the SPI. Two implementations: {@link
 * dev.billhook.webhook.dedup.InMemoryProcessedEvents}, bounded and per JVM, and {@link
 * dev.billhook.webhook.dedup.JdbcProcessedEvents}, shared by every process using one database
 * (SQLite or PostgreSQL).
 */
package dev.billhook.webhook.dedup;
