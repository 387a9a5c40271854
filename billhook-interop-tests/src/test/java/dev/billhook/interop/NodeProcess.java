package dev.billhook.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * One Node.js script run as a child process. Its stdout is read as JSON lines (other lines are kept
 * as text); stderr goes to a log file. Every wait takes a deadline, and {@link #close()} ends the
 * process and its children whatever state it is in, so a hung script cannot outlive the test.
 *
 * <p>Thread-safe: one reader thread appends, test threads read snapshots.
 */
final class NodeProcess implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GRACE = Duration.ofSeconds(3);

    private final String name;
    private final Process process;
    private final Path stderrLog;
    private final List<JsonNode> messages = new ArrayList<>();
    private final List<String> otherLines = new ArrayList<>();
    private final Thread reader;

    private NodeProcess(String name, Process process, Path stderrLog) {
        this.name = name;
        this.process = process;
        this.stderrLog = stderrLog;
        this.reader = new Thread(this::readStdout, "node-" + name + "-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts {@code node script args…} in {@code workDir} with extra environment variables. */
    static NodeProcess start(NodeToolchain node, Path workDir, String script, List<String> args,
                             Map<String, String> env, Path stderrLog) {
        List<String> command = new ArrayList<>(List.of(node.node().toString(), script));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectError(stderrLog.toFile());
        builder.environment().putAll(env);
        // The SDK's update check only runs in development; make sure it never reaches a registry.
        builder.environment().put("COMMET_NO_UPDATE_CHECK", "1");
        builder.environment().remove("NODE_OPTIONS");
        try {
            return new NodeProcess(script, builder.start(), stderrLog);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start node " + script, e);
        }
    }

    private void readStdout() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                JsonNode message = parse(line);
                synchronized (this) {
                    if (message != null) messages.add(message); else otherLines.add(line);
                    notifyAll();
                }
            }
        } catch (IOException ignored) {
            // The process ended or was killed; what was read stays.
        }
    }

    private static JsonNode parse(String line) {
        if (!line.startsWith("{")) return null;
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            return null;
        }
    }

    /** The JSON lines printed so far, in order. */
    synchronized List<JsonNode> messages() {
        return List.copyOf(messages);
    }

    /** Waits for the first message that matches, or until the deadline or the process's end. */
    Optional<JsonNode> await(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (this) {
            while (true) {
                for (JsonNode m : messages) if (wanted.test(m)) return Optional.of(m);
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || (!process.isAlive() && !reader.isAlive())) return Optional.empty();
                wait(Math.min(left, 200));
            }
        }
    }

    /** Waits for the exit; empty if it is still running at the deadline. */
    Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return Optional.empty();
        reader.join(GRACE.toMillis()); // let the last lines be read
        return Optional.of(process.exitValue());
    }

    /** For failure messages: the stray stdout lines and where stderr went. */
    synchronized String diagnostics() {
        return name + ": alive=" + process.isAlive() + ", non-JSON stdout=" + otherLines + ", stderr in " + stderrLog;
    }

    /** Closes stdin (the receiver's cue to stop), then ends the process tree if it lingers. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
        } catch (IOException ignored) {
            // Already gone.
        }
        try {
            if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroy);
                process.destroy();
                if (!process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.descendants().forEach(ProcessHandle::destroyForcibly);
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
