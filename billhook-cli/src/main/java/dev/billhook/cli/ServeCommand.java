package dev.billhook.cli;

import dev.billhook.server.BillhookServer;
import dev.billhook.server.ServerConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code billhook serve}: runs the server until the process is told to stop (Ctrl-C, SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the Billhook server (REST API, checkout, webhook delivery).")
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", defaultValue = "8080", description = "TCP port (0 picks a free one). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Interface to listen on; 0.0.0.0 for all. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--data-dir", defaultValue = "data",
            description = "Directory of the embedded SQLite database. Default: ./${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(names = "--database-url", defaultValue = "${env:BILLHOOK_DATABASE_URL}",
            description = "A jdbc:postgresql:… URL to share state between nodes (env BILLHOOK_DATABASE_URL)."
                    + " Credentials from BILLHOOK_DATABASE_USER and BILLHOOK_DATABASE_PASSWORD.")
    String databaseUrl;

    @Option(names = "--public-url", description = "Base URL people reach this server at (used in checkout links).")
    String publicUrl;

    @Option(names = "--dev", description = "Development mode: allow webhook endpoints on loopback and private addresses.")
    boolean dev;

    @Override
    public Integer call() throws InterruptedException {
        ServerConfig config = ServerConfig.builder()
                .host(host).port(port).dataDir(dataDir).dev(dev).publicBaseUrl(publicUrl)
                .databaseUrl(databaseUrl)
                .databaseUser(System.getenv("BILLHOOK_DATABASE_USER"))
                .databasePassword(System.getenv("BILLHOOK_DATABASE_PASSWORD"))
                .build();
        BillhookServer server = BillhookServer.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "billhook-shutdown"));

        System.out.println("Billhook is serving " + server.apiUrl() + (dev ? " (dev mode)" : ""));
        server.initialApiKey().ifPresent(key -> {
            System.out.println("Created the sandbox organization. Its API key is shown only this once:");
            System.out.println("API key: " + key);
        });
        stopped.await();
        return 0;
    }
}
