package dev.billhook.cli;

import dev.billhook.cli.demo.DemoCommand;
import picocli.CommandLine.Command;

/** {@code billhook}: the top-level command; it only groups the subcommands. */
@Command(
        name = "billhook",
        mixinStandardHelpOptions = true,
        version = "billhook 0.1.0-SNAPSHOT",
        description = "A self-hostable, Commet-compatible billing server and its webhook tools.",
        subcommands = {ServeCommand.class, DemoCommand.class})
public final class BillhookCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
