package dev.billhook.server.billing;

import dev.billhook.server.PublicUrls;
import dev.billhook.server.account.Organizations;
import dev.billhook.server.api.Routes;
import dev.billhook.server.delivery.Outbox;
import dev.billhook.server.store.Database;
import java.time.Clock;
import org.eclipse.jetty.server.Handler;

/** Billing's wiring: customers, plans, subscriptions, invoices, payments, the test clock, checkout. */
public final class Billing {
    public Billing(Database db, Clock clock, Outbox outbox, Organizations organizations, PublicUrls urls) {
        // TODO(billing): wire the services.
    }

    public void routes(Routes routes) {
        // TODO(billing): register the resources.
    }

    public Handler checkoutHandler() {
        return new Handler.Abstract() {
            @Override
            public boolean handle(org.eclipse.jetty.server.Request request, org.eclipse.jetty.server.Response response,
                                  org.eclipse.jetty.util.Callback callback) {
                return false;
            }
        };
    }
}
