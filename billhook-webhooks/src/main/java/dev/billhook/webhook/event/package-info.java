/**
 * The typed events: one {@code <Name>Event(Envelope envelope, <Name>Data data)} record for each of
 * the 56 event types in the Commet catalog this SDK version was built from, with the data record
 * named exactly as Commet's type definitions name it, shared sub-types ({@code WebhookPlanRef},
 * {@code WebhookFeatureAccess}, {@link dev.billhook.webhook.event.PaymentProvider}, …) named as the
 * catalog names them, and {@link dev.billhook.webhook.event.UnknownEvent} for types Commet adds
 * later.
 *
 * <p>Data record components match the catalog fields by name and order. Types:
 *
 * <ul>
 *   <li>Money and counts are {@code long} (integer cents; {@code Long} where the field may be
 *       null). Metered quantities, which Commet lets be fractional, and the per-unit overage price
 *       are {@link java.math.BigDecimal}, without binary rounding artifacts (the parser keeps up to 17
 *       significant digits of a fraction): {@code UsageRecordedData.value}, {@code
 *       currentUsage}/{@code includedAmount} of the quota events, and the quantities and {@code
 *       overageUnitPrice} of {@code WebhookFeatureAccess}.
 *   <li>Dates stay the ISO-8601 strings as sent, each with an {@code ...Instant()} accessor.
 *   <li>Strings the catalog enumerates are enums with an {@code UNKNOWN} constant for values added
 *       later; strings it does not enumerate (such as {@code status}) stay strings.
 *   <li>Arrays are unmodifiable {@code List}s; free-form objects ({@code metadata}) are unmodifiable
 *       {@code Map<String, Object>}s with the values described at {@link
 *       dev.billhook.webhook.event.UnknownEvent#data()}.
 * </ul>
 *
 * <p>Components marked {@link dev.billhook.webhook.Nullable} are optional or nullable on the wire and
 * may be null; all others are guaranteed present. Unknown JSON fields are ignored.
 *
 * <p>Adding a typed event is mechanical: a data record, an event record with its {@code TYPE}
 * constant, its entry in {@code WebhookEvent}'s permits clause, one line in the internal registry
 * and one {@code on<Name>} method on {@link dev.billhook.webhook.TypedHandlers}. The catalog
 * conformance test fails until all of them agree with the catalog.
 */
package dev.billhook.webhook.event;
