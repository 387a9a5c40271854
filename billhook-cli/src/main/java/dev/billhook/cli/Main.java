package dev.billhook.cli;

import picocli.CommandLine;

/** Entry point of the {@code billhook} executable (see the launcher script at the repository root). */
public final class Main {
    private Main() {}

    /** A failure to start (port taken, bad setting) is a message for a person, not a stack trace. */
    private static int reportFailure(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        command.getErr().println("billhook " + command.getCommandName() + ": " + failure.getMessage());
        Throwable cause = failure.getCause();
        if (cause != null && cause.getMessage() != null && !failure.getMessage().contains(cause.getMessage())) {
            command.getErr().println("  cause: " + cause.getMessage());
        }
        return 1;
    }

    public static void main(String[] args) {
        Logging.configure(args);
        int exitCode = new CommandLine(new BillhookCommand())
                .setExecutionExceptionHandler(Main::reportFailure)
                .execute(args);
        // serve and an interactive demo keep running; they return only once told to stop.
        System.exit(exitCode);
    }
}
