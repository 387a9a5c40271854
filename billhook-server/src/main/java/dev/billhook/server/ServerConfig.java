package dev.billhook.server;

import dev.billhook.server.store.Redaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link BillhookServer} is started with. Immutable; build one with {@link #builder()}.
 *
 * @param host interface to listen on; {@code 127.0.0.1} by default, so nothing is exposed by accident
 * @param port TCP port; 0 picks a free one (see {@link BillhookServer#port()})
 * @param dataDir where the embedded SQLite file lives when {@code databaseUrl} is null
 * @param databaseUrl a {@code jdbc:postgresql:…} URL to share state between nodes, or null for SQLite
 * @param dev development mode: webhook endpoints may be on loopback or private addresses
 * @param publicBaseUrl the base of URLs handed to people (checkout links); null derives it from host and port
 * @param retrySchedule delays before each retry; the first attempt is immediate, so attempts = size + 1
 * @param deliveryTimeout how long one webhook attempt may take before it counts as failed
 * @param deliveryWorkers threads sending webhooks concurrently
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        boolean dev,
        String publicBaseUrl,
        List<Duration> retrySchedule,
        Duration deliveryTimeout,
        int deliveryWorkers) {

    /** SPEC.md section 3: 8 attempts over about 8 hours. */
    public static final List<Duration> COMMET_RETRY_SCHEDULE = List.of(
            Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
            Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4));

    public ServerConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        retrySchedule = List.copyOf(retrySchedule);
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0..65535, got " + port);
        if (deliveryWorkers < 1) throw new IllegalArgumentException("deliveryWorkers must be at least 1");
        if (deliveryTimeout.isNegative() || deliveryTimeout.isZero()) {
            throw new IllegalArgumentException("deliveryTimeout must be positive");
        }
        for (Duration delay : retrySchedule) {
            if (delay.isNegative()) throw new IllegalArgumentException("retry delays must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.host = host;
        b.port = port;
        b.dataDir = dataDir;
        b.databaseUrl = databaseUrl;
        b.databaseUser = databaseUser;
        b.databasePassword = databasePassword;
        b.dev = dev;
        b.publicBaseUrl = publicBaseUrl;
        b.retrySchedule = retrySchedule;
        b.deliveryTimeout = deliveryTimeout;
        b.deliveryWorkers = deliveryWorkers;
        return b;
    }

    /** Secrets masked, for the start-up log line. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", dataDir=" + dataDir
                + ", database=" + (databaseUrl == null ? "sqlite" : Redaction.jdbcUrl(databaseUrl))
                + ", dev=" + dev + ", retrySchedule=" + retrySchedule + ", deliveryTimeout=" + deliveryTimeout
                + ", deliveryWorkers=" + deliveryWorkers + "]";
    }

    public static final class Builder {
        private String host = "127.0.0.1";
        private int port = 8080;
        private Path dataDir = Path.of("data");
        private String databaseUrl;
        private String databaseUser;
        private String databasePassword;
        private boolean dev;
        private String publicBaseUrl;
        private List<Duration> retrySchedule = COMMET_RETRY_SCHEDULE;
        private Duration deliveryTimeout = Duration.ofSeconds(10);
        private int deliveryWorkers = 4;

        private Builder() {}

        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder dataDir(Path dataDir) { this.dataDir = dataDir; return this; }
        public Builder databaseUrl(String url) { this.databaseUrl = url; return this; }
        public Builder databaseUser(String user) { this.databaseUser = user; return this; }
        public Builder databasePassword(String password) { this.databasePassword = password; return this; }
        public Builder dev(boolean dev) { this.dev = dev; return this; }
        public Builder publicBaseUrl(String url) { this.publicBaseUrl = url; return this; }
        public Builder retrySchedule(List<Duration> schedule) { this.retrySchedule = schedule; return this; }
        public Builder deliveryTimeout(Duration timeout) { this.deliveryTimeout = timeout; return this; }
        public Builder deliveryWorkers(int workers) { this.deliveryWorkers = workers; return this; }

        public ServerConfig build() {
            return new ServerConfig(host, port, dataDir, databaseUrl, databaseUser, databasePassword, dev,
                    publicBaseUrl, retrySchedule, deliveryTimeout, deliveryWorkers);
        }
    }
}
