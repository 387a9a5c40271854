package dev.billhook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The main job, end to end: the real server, the real sample receiver, real HTTP between them. */
class DemoCommandTest {

    @Test
    void demoPassesAndReportsEveryCoreEvent() {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.out;
        int exitCode;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            exitCode = new CommandLine(new BillhookCommand()).execute("demo", "--exit");
        } finally {
            System.setOut(original);
        }
        String output = captured.toString(StandardCharsets.UTF_8);
        original.println(output);

        assertThat(exitCode).as(output).isZero();
        assertThat(output).contains("Demo passed");
        for (String type : new String[] {"subscription.created", "subscription.activated", "subscription.updated",
                "subscription.canceled", "subscription.plan_changed", "payment.received", "payment.failed",
                "invoice.created"}) {
            assertThat(output).containsPattern(type.replace(".", "\\.") + " +[1-9]\\d* ok");
        }
        assertThat(output).doesNotContain("UNVERIFIED").doesNotContain("MISSING");
    }
}
