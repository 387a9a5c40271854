package dev.billhook.cli;

import picocli.CommandLine;

/** Entry point of the {@code billhook} executable (see the launcher script at the repository root). */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        Logging.configure(args);
        int exitCode = new CommandLine(new BillhookCommand()).execute(args);
        // serve and an interactive demo keep running; they return only once told to stop.
        System.exit(exitCode);
    }
}
