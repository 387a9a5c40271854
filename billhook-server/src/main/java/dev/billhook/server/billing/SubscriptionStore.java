package dev.billhook.server.billing;

import dev.billhook.server.store.RowMapper;
import dev.billhook.server.store.Tx;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Subscriptions rows. Each state transition is one named UPDATE, so the SQL says what changes. */
final class SubscriptionStore {
    private static final String COLUMNS = "id, organization_id, customer_id, plan_id, name, status, billing_interval,"
            + " price, checkout_token, renewals_decline, start_date, current_period_start, current_period_end,"
            + " cancel_at_period_end, canceled_at, cancel_reason, end_date, failed_renewals, created_at, updated_at";
    private static final RowMapper<Subscription> ROW = r -> new Subscription(r.getString(1), r.getString(2),
            r.getString(3), r.getString(4), r.getString(5), SubscriptionStatus.fromDb(r.getString(6)),
            BillingInterval.ofWire(r.getString(7)).orElseThrow(), r.getLong(8), r.getString(9), r.getInt(10) == 1,
            r.getLong(11), r.getObject(12) == null ? null : r.getLong(12), r.getObject(13) == null ? null : r.getLong(13),
            r.getInt(14) == 1, r.getObject(15) == null ? null : r.getLong(15), r.getString(16),
            r.getObject(17) == null ? null : r.getLong(17), r.getInt(18), r.getLong(19), r.getLong(20));

    private final Tx tx;

    SubscriptionStore(Tx tx) {
        this.tx = tx;
    }

    void insert(Subscription s) {
        tx.update("INSERT INTO subscriptions (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.id(), s.organizationId(), s.customerId(), s.planId(), s.name(), s.status().wire(), s.interval().wire(),
                s.price(), s.checkoutToken(), s.renewalsDecline(), s.startDate(), s.currentPeriodStart(),
                s.currentPeriodEnd(), s.cancelAtPeriodEnd(), s.canceledAt(), s.cancelReason(), s.endDate(),
                s.failedRenewals(), s.createdAt(), s.updatedAt());
    }

    Optional<Subscription> find(String organizationId, String id) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM subscriptions WHERE organization_id = ? AND id = ?",
                ROW, organizationId, id);
    }

    /** Checkout tokens are unguessable and global: the checkout page has no API key to scope by. */
    Optional<Subscription> findByToken(String token) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM subscriptions WHERE checkout_token = ?", ROW, token);
    }

    /** Newest first; {@code customerId} and {@code status} filter when not null. */
    List<Subscription> list(String organizationId, String customerId, SubscriptionStatus status) {
        // Filters are appended rather than written as "? IS NULL OR …": PostgreSQL cannot type a null parameter.
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM subscriptions WHERE organization_id = ?");
        List<Object> args = new ArrayList<>(List.of(organizationId));
        if (customerId != null) {
            sql.append(" AND customer_id = ?");
            args.add(customerId);
        }
        if (status != null) {
            sql.append(" AND status = ?");
            args.add(status.wire());
        }
        return tx.query(sql.append(" ORDER BY created_at DESC, id DESC").toString(), ROW, args.toArray());
    }

    /** The subscription granting the customer access, if any (the most recently started). */
    Optional<Subscription> findGrantingAccess(String organizationId, String customerId) {
        return tx.queryOne("SELECT " + COLUMNS + " FROM subscriptions WHERE organization_id = ? AND customer_id = ?"
                        + " AND status IN ('trialing', 'active', 'past_due') ORDER BY start_date DESC, id DESC",
                ROW, organizationId, customerId);
    }

    List<String> idsWithStatus(String organizationId, SubscriptionStatus status) {
        return tx.query("SELECT id FROM subscriptions WHERE organization_id = ? AND status = ? ORDER BY id",
                r -> r.getString(1), organizationId, status.wire());
    }

    /**
     * The next subscription with billing work due at {@code now}: an active one whose period has
     * ended (renewal), or a scheduled cancellation whose end date has passed. Past-due ones renew
     * only after dunning settles them, so they are not picked for renewal here.
     */
    Optional<String> nextDue(String organizationId, long now) {
        return tx.queryOne("SELECT id FROM subscriptions WHERE organization_id = ? AND ("
                        + " (status = 'active' AND current_period_end <= ?)"
                        + " OR (status IN ('active', 'past_due') AND cancel_at_period_end = 1 AND end_date <= ?))"
                        + " ORDER BY current_period_end, id",
                r -> r.getString(1), organizationId, now, now);
    }

    // Each transition names the state it expects in its WHERE clause and throws {@link BillingException#concurrentChange} when
    // another transaction got there first: on PostgreSQL two nodes may bill the same subscription,
    // and the loser must roll back rather than charge twice. SQLite serializes writers anyway.

    void activate(Subscription s, long periodStart, long periodEnd, boolean renewalsDecline, long now) {
        set(s, "status = 'active', current_period_start = ?, current_period_end = ?, renewals_decline = ?,"
                + " failed_renewals = 0", "status = 'pending_payment'", periodStart, periodEnd, renewalsDecline, now);
    }

    void advancePeriod(Subscription s, long periodStart, long periodEnd, long now) {
        set(s, "current_period_start = ?, current_period_end = ?", "status = 'active' AND current_period_end = ?",
                periodStart, periodEnd, now, s.currentPeriodEnd());
    }

    void recordFailedCharge(Subscription s, long now) {
        set(s, "status = 'past_due', failed_renewals = failed_renewals + 1", "failed_renewals = ? AND status <> 'canceled'",
                now, s.failedRenewals());
    }

    /** A settled dunning invoice; a new card at recovery replaces the saved one. */
    void recover(Subscription s, boolean renewalsDecline, long now) {
        set(s, "status = 'active', failed_renewals = 0, renewals_decline = ?", "status = 'past_due'", renewalsDecline, now);
    }

    void scheduleCancel(Subscription s, long canceledAt, String reason, long endDate, long now) {
        set(s, "cancel_at_period_end = 1, canceled_at = ?, cancel_reason = ?, end_date = ?",
                "cancel_at_period_end = 0 AND status <> 'canceled'", canceledAt, reason, endDate, now);
    }

    /** Ends the subscription; a scheduled cancellation keeps the time it was requested. */
    void cancel(Subscription s, long canceledAt, String reason, long endDate, long now) {
        set(s, "status = 'canceled', canceled_at = ?, cancel_reason = ?, end_date = ?", "status <> 'canceled'",
                canceledAt, reason, endDate, now);
    }

    void changePlan(Subscription s, String planId, BillingInterval interval, long price, long periodStart,
                    long periodEnd, long now) {
        set(s, "plan_id = ?, billing_interval = ?, price = ?, current_period_start = ?, current_period_end = ?",
                "status = ? AND plan_id = ? AND billing_interval = ? AND current_period_end = ?",
                planId, interval.wire(), price, periodStart, periodEnd, now,
                s.status().wire(), s.planId(), s.interval().wire(), s.currentPeriodEnd());
    }

    /**
     * {@code UPDATE … SET assignments, updated_at = now WHERE org, id AND guard}. Arguments: those of
     * the assignments, then {@code now}, then those of the guard.
     */
    private void set(Subscription s, String assignments, String guard, Object... args) {
        int assignmentArgs = count(assignments) + 1;
        Object[] all = new Object[args.length + 2];
        System.arraycopy(args, 0, all, 0, assignmentArgs);
        all[assignmentArgs] = s.organizationId();
        all[assignmentArgs + 1] = s.id();
        System.arraycopy(args, assignmentArgs, all, assignmentArgs + 2, args.length - assignmentArgs);
        int changed = tx.update("UPDATE subscriptions SET " + assignments + ", updated_at = ?"
                + " WHERE organization_id = ? AND id = ? AND " + guard, all);
        if (changed != 1) throw BillingException.concurrentChange(s.id());
    }

    private static int count(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }
}
