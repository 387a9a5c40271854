/**
 * The typed events: one {@code <Name>Event(Envelope envelope, <Name>Data data)} record per event
 * type, with the data record named exactly as Commet's type definitions name it, and {@link
 * dev.billhook.webhook.event.UnknownEvent} for every other type.
 *
 * <p>Data record components match the catalog fields by name and order. Money is {@code long}
 * integer cents; strings stay strings, dates included (each date has an {@code ...Instant()}
 * accessor). Components marked {@link dev.billhook.webhook.Nullable} are optional or nullable on
 * the wire and may be null; all others are guaranteed present. Unknown JSON fields are ignored.
 *
 * <p>Adding a typed event is mechanical: a data record, an event record with its {@code TYPE}
 * constant, its entry in {@code WebhookEvent}'s permits clause, one line in the internal registry
 * and one builder method on the dispatcher.
 */
package dev.billhook.webhook.event;
