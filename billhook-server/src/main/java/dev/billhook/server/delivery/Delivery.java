package dev.billhook.server.delivery;

import dev.billhook.server.ServerConfig;
import dev.billhook.server.api.Routes;
import dev.billhook.server.store.Database;
import java.time.Clock;

/** Delivery's wiring: the outbox, the workers that drain it, and the webhooks API. */
public final class Delivery implements AutoCloseable {
    private final Outbox outbox;

    public Delivery(Database db, Clock clock, ServerConfig config) {
        this.outbox = new Outbox(clock, new DeliveryWakeup());
    }

    public Outbox outbox() {
        return outbox;
    }

    public void routes(Routes routes) {
        // TODO(delivery): register the webhooks resource.
    }

    public void start() {
        // TODO(delivery): start the workers.
    }

    @Override
    public void close() {}
}
