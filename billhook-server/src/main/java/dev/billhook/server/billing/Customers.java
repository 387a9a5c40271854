package dev.billhook.server.billing;

import dev.billhook.server.account.Organization;
import dev.billhook.server.store.Database;
import dev.billhook.server.store.Ids;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Pattern;

/** Creating, reading and changing customers, with the rules Commet applies to them. */
public final class Customers {
    /** Loose on purpose: one @, something on each side, a dot in the domain. Delivery proves the rest. */
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern CUSTOM_ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    private final Database db;
    private final Clock clock;

    Customers(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public Customer create(Organization org, CustomerFields f) {
        checkEmail(f.email());
        checkTimezone(f.timezone());
        if (f.id() != null && !CUSTOM_ID.matcher(f.id()).matches()) {
            throw BillingException.invalid("id", "must be 1 to 64 letters, digits, '_' or '-'");
        }
        return db.inTransaction(tx -> {
            CustomerStore store = new CustomerStore(tx);
            if (f.id() != null && store.idTaken(f.id())) {
                throw BillingException.conflict("customer_exists", "id", "A customer with id '" + f.id() + "' already exists.");
            }
            if (f.externalId() != null && store.externalIdTaken(org.id(), f.externalId())) {
                throw BillingException.conflict("customer_exists", "externalId",
                        "A customer with externalId '" + f.externalId() + "' already exists in this organization.");
            }
            long now = clock.millis();
            Customer customer = new Customer(f.id() != null ? f.id() : Ids.newId("cus"), org.id(), f.externalId(),
                    f.email(), f.fullName(), f.taxDocument(), f.timezone(), f.addressJson(), f.metadataJson(), now, now);
            store.insert(customer);
            return customer;
        });
    }

    public Customer get(Organization org, String ref) {
        return db.inTransaction(tx -> new CustomerStore(tx).find(org.id(), ref)
                .orElseThrow(() -> BillingException.notFound("id", "customer", ref)));
    }

    /** @param cursor the {@code nextCursor} of the previous page (a customer id), or null */
    public Page<Customer> list(Organization org, String externalId, int limit, String cursor) {
        return db.inTransaction(tx -> {
            CustomerStore store = new CustomerStore(tx);
            Customer after = cursor == null ? null : store.findById(org.id(), cursor)
                    .orElseThrow(() -> BillingException.invalid("cursor", "is not a cursor this list returned"));
            List<Customer> rows = store.page(org.id(), externalId, after, limit + 1);
            boolean hasMore = rows.size() > limit;
            List<Customer> items = hasMore ? rows.subList(0, limit) : rows;
            return new Page<>(List.copyOf(items), hasMore, hasMore ? items.get(limit - 1).id() : null);
        });
    }

    /** A partial update: only the fields given change. */
    public Customer update(Organization org, String ref, CustomerFields f) {
        if (f.email() != null) checkEmail(f.email());
        checkTimezone(f.timezone());
        return db.inTransaction(tx -> {
            CustomerStore store = new CustomerStore(tx);
            Customer old = store.find(org.id(), ref).orElseThrow(() -> BillingException.notFound("id", "customer", ref));
            if (f.externalId() != null && !f.externalId().equals(old.externalId())
                    && store.externalIdTaken(org.id(), f.externalId())) {
                throw BillingException.conflict("customer_exists", "externalId",
                        "A customer with externalId '" + f.externalId() + "' already exists in this organization.");
            }
            Customer updated = new Customer(old.id(), old.organizationId(), or(f.externalId(), old.externalId()),
                    or(f.email(), old.email()), or(f.fullName(), old.fullName()), or(f.taxDocument(), old.taxDocument()),
                    or(f.timezone(), old.timezone()), or(f.addressJson(), old.addressJson()),
                    or(f.metadataJson(), old.metadataJson()), old.createdAt(), clock.millis());
            store.update(updated);
            return updated;
        });
    }

    private static void checkEmail(String email) {
        if (email == null) throw BillingException.invalid("email", "is required");
        if (!EMAIL.matcher(email).matches()) throw BillingException.invalid("email", "must be a valid email address");
    }

    private static void checkTimezone(String timezone) {
        if (timezone == null) return;
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw BillingException.invalid("timezone", "must be an IANA time zone such as 'Europe/Paris'");
        }
    }

    private static String or(String given, String kept) {
        return given != null ? given : kept;
    }
}
