package dev.billhook.server;

import dev.billhook.server.account.Organizations;
import dev.billhook.server.api.ApiHandler;
import dev.billhook.server.api.JsonErrorHandler;
import dev.billhook.server.api.Routes;
import dev.billhook.server.billing.Billing;
import dev.billhook.server.delivery.Delivery;
import dev.billhook.server.store.Database;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: opens the database, wires billing, delivery and the API, and serves
 * them over HTTP. {@code start} returns once the port is bound and the delivery workers run;
 * {@code close} stops taking requests, lets in-flight attempts finish, and closes the database.
 *
 * <pre>{@code
 * try (BillhookServer server = BillhookServer.start(ServerConfig.builder().port(0).build())) {
 *     server.apiUrl();       // http://127.0.0.1:PORT/api/v1
 *     server.initialApiKey(); // present on the first start with an empty data dir
 * }
 * }</pre>
 */
public final class BillhookServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(BillhookServer.class);

    private final ServerConfig config;
    private final Database db;
    private final Organizations organizations;
    private final Delivery delivery;
    private final Server http;
    private final String initialApiKey;

    private BillhookServer(ServerConfig config, Database db, Organizations organizations, Delivery delivery,
                           Server http, String initialApiKey) {
        this.config = config;
        this.db = db;
        this.organizations = organizations;
        this.delivery = delivery;
        this.http = http;
        this.initialApiKey = initialApiKey;
    }

    public static BillhookServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    /** {@link #start(ServerConfig)} with a chosen wall clock (tests pin it). */
    public static BillhookServer start(ServerConfig config, Clock clock) {
        log.info("starting config={}", config);
        Database db = config.databaseUrl() == null
                ? Database.openSqlite(config.dataDir())
                : Database.open(config.databaseUrl(), config.databaseUser(), config.databasePassword());
        Server http = new Server();
        try {
            Organizations organizations = new Organizations(db, clock);
            http.setErrorHandler(new JsonErrorHandler());
            ServerConnector connector = new ServerConnector(http);
            connector.setHost(config.host());
            connector.setPort(config.port());
            http.addConnector(connector);

            Delivery delivery = new Delivery(db, clock, config);
            PublicUrls urls = new PublicUrls(config, connector);
            Billing billing = new Billing(db, clock, delivery.outbox(), organizations, urls);

            Routes routes = new Routes();
            billing.routes(routes);
            delivery.routes(routes);
            http.setHandler(new Handler.Sequence(
                    new ApiHandler(routes, organizations, db, clock),
                    billing.checkoutHandler()));
            http.start();
            // Only once the port is bound: a failed first start must not have used up the key's one printing.
            String initialApiKey = organizations.bootstrapSandbox().map(Organizations.Provisioned::apiKey).orElse(null);
            delivery.start();
            BillhookServer server = new BillhookServer(config, db, organizations, delivery, http, initialApiKey);
            log.info("listening url={} dev={}", server.baseUrl(), config.dev());
            return server;
        } catch (Exception e) {
            stopQuietly(http);
            db.close();
            throw new IllegalStateException("Billhook failed to start: " + e.getMessage(), e);
        }
    }

    private static void stopQuietly(Server http) {
        try {
            http.stop();
        } catch (Exception e) {
            log.debug("http stop after a failed start failed", e);
        }
    }

    /** The bound port (the real one when the config asked for port 0). */
    public int port() {
        return ((ServerConnector) http.getConnectors()[0]).getLocalPort();
    }

    public String baseUrl() {
        return "http://" + (config.host().contains(":") ? "[" + config.host() + "]" : config.host()) + ":" + port();
    }

    public String apiUrl() {
        return baseUrl() + ApiHandler.BASE_PATH;
    }

    /** The sandbox organization's API key, only on the start that created it; it is stored hashed. */
    public Optional<String> initialApiKey() {
        return Optional.ofNullable(initialApiKey);
    }

    public Organizations organizations() {
        return organizations;
    }

    public ServerConfig config() {
        return config;
    }

    @Override
    public void close() {
        try {
            http.stop();
        } catch (Exception e) {
            log.warn("http stop failed", e);
        }
        delivery.close();
        db.close();
        log.info("stopped");
    }
}
