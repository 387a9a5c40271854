package dev.billhook.interop;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Node.js and npm from the PATH, and the work directory where the pinned SDK is installed.
 *
 * <p>The Node sources (checked in under {@code src/test/node}) are copied into a work directory
 * under {@code target/}, and {@code npm ci} installs exactly what {@code package-lock.json} names.
 * The install is skipped when {@code node_modules} was made from the same lock file (a stamp holds
 * the lock's SHA-256) and already holds the SDK version {@code package.json} pins.
 */
final class NodeToolchain {
    static final int MIN_NODE_MAJOR = 18;
    private static final Duration NPM_CI_TIMEOUT = Duration.ofMinutes(5);
    /** Never copied from the sources: what a local npm run or a type-check leaves there. */
    private static final Set<String> SKIPPED_DIRS = Set.of("node_modules", "generated");
    private static final String STAMP = ".billhook-lock-sha256";
    private static final Pattern VERSION = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)");

    private final Path node;
    private final Path npm;
    private final String nodeVersion;

    private NodeToolchain(Path node, Path npm, String nodeVersion) {
        this.node = node;
        this.npm = npm;
        this.nodeVersion = nodeVersion;
    }

    /** Node 18+ and npm from the PATH, or a sentence saying what is missing. */
    static Located locate() {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            return new Located(null, (node.isEmpty() ? "node" : "npm") + " is not on the PATH");
        }
        String version = run(List.of(node.get().toString(), "--version"), null, Duration.ofSeconds(20)).trim();
        Matcher m = VERSION.matcher(version);
        if (!m.find() || Integer.parseInt(m.group(1)) < MIN_NODE_MAJOR) {
            return new Located(null, "node " + version + " at " + node.get() + " is older than " + MIN_NODE_MAJOR);
        }
        return new Located(new NodeToolchain(node.get(), npm.get(), version), null);
    }

    /** The toolchain, or why there is none. */
    record Located(NodeToolchain toolchain, String problem) {}

    String nodeVersion() {
        return nodeVersion;
    }

    Path node() {
        return node;
    }

    /**
     * Copies the Node sources into {@code workDir} and installs their locked dependencies there.
     * Returns the installed {@code @commet/node} version.
     */
    String prepare(Path sources, Path workDir) throws IOException {
        copyTree(sources, workDir);
        String pinned = json(workDir.resolve("package.json")).path("dependencies").path("@commet/node").asText();
        String lockHash = sha256(workDir.resolve("package-lock.json"));
        Path stamp = workDir.resolve("node_modules").resolve(STAMP);
        boolean fresh = Files.isRegularFile(stamp)
                && Files.readString(stamp).trim().equals(lockHash)
                && pinned.equals(installedSdkVersion(workDir).orElse(null));
        if (!fresh) {
            String log = run(List.of(npm.toString(), "ci", "--no-audit", "--no-fund"), workDir, NPM_CI_TIMEOUT);
            Files.writeString(workDir.resolve("npm-ci.log"), log);
            Files.writeString(stamp, lockHash + "\n");
        }
        String installed = installedSdkVersion(workDir)
                .orElseThrow(() -> new IllegalStateException("npm ci left no node_modules/@commet/node in " + workDir));
        if (!installed.equals(pinned)) {
            throw new IllegalStateException("node_modules holds @commet/node " + installed + ", package.json pins " + pinned);
        }
        return installed;
    }

    private static Optional<String> installedSdkVersion(Path workDir) throws IOException {
        Path manifest = workDir.resolve("node_modules/@commet/node/package.json");
        return Files.isRegularFile(manifest) ? Optional.of(json(manifest).path("version").asText()) : Optional.empty();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path relative = from.relativize(source);
                if (relative.getNameCount() > 0 && SKIPPED_DIRS.contains(relative.getName(0).toString())) continue;
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** Runs a short command to completion; its output, or an exception carrying it. */
    private static String run(List<String> command, Path dir, Duration timeout) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (dir != null) builder.directory(dir.toFile());
            Process process = builder.start();
            process.getOutputStream().close();
            // Output is small (a version, an npm log); read it on a side thread so a hang cannot block us.
            StringBuilder out = new StringBuilder();
            Thread reader = new Thread(() -> {
                try {
                    out.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
                } catch (IOException ignored) {
                    // The process was killed; what was read is reported.
                }
            });
            reader.start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout);
            }
            reader.join(5_000);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n" + out);
            }
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Optional<Path> onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) return Optional.empty();
        boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
        List<String> names = windows ? List.of(name + ".exe", name + ".cmd", name) : List.of(name);
        for (String dir : path.split(File.pathSeparator)) {
            for (String candidate : names) {
                Path file = Path.of(dir).resolve(candidate);
                if (Files.isRegularFile(file) && Files.isExecutable(file)) return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    private static JsonNode json(Path file) throws IOException {
        return new ObjectMapper().readTree(file.toFile());
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
