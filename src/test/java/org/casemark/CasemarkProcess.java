package org.casemark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar target/casemark.jar serve ...} as a real process (the jar {@code mvn package} built): started
 * on a free port, waited for until it says it is ready, and ended with {@code kill -9} or a plain stop. Its output
 * goes to a log file next to the data directory.
 */
public final class CasemarkProcess implements AutoCloseable {
    public static final Path JAR = Path.of("target/casemark.jar");
    private static final Pattern LISTENING = Pattern.compile("casemark listening on http://[^:]+:(\\d+)");

    private final Process process;
    private final int port;

    private CasemarkProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts {@code serve --host 127.0.0.1 --port 0 --data DIR} with {@code extra} options; waits until ready. */
    public static CasemarkProcess serve(Path dataDir, Path log, List<String> extra) throws Exception {
        if (!Files.exists(JAR)) throw new AssertionError(JAR + " is missing: run mvn package (or verify) first");
        String javaBin = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(javaBin, "-Xmx1g", "-jar", JAR.toString(), "serve",
                "--host", "127.0.0.1", "--port", "0", "--data", dataDir.toString()));
        cmd.addAll(extra);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        CompletableFuture<Integer> listening = new CompletableFuture<>();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Files.writeString(log, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) listening.complete(Integer.parseInt(m.group(1)));
                    if (line.startsWith("ready: ")) ready.complete(null);
                }
            } catch (IOException e) {
                // the process is gone
            }
            listening.completeExceptionally(new AssertionError("casemark ended before listening; see " + log));
            ready.completeExceptionally(new AssertionError("casemark ended before it was ready; see " + log));
        }, "casemark-process-output");
        pump.setDaemon(true);
        pump.start();
        int port = listening.get(2, TimeUnit.MINUTES);
        ready.get(5, TimeUnit.MINUTES);
        return new CasemarkProcess(p, port);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public long pid() {
        return process.pid();
    }

    /**
     * {@code kill -9}: SIGKILL, which is what {@link Process#destroyForcibly()} sends on Linux and macOS (no shutdown
     * hook, no flush, no goodbye; and no {@code kill} binary needed, which a slim CI image may lack).
     */
    public void kill9() throws Exception {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("still alive after kill -9");
        if (process.exitValue() != 128 + 9) throw new AssertionError("ended with " + process.exitValue() + ", not SIGKILL");
    }

    /** A normal stop (SIGTERM: the shutdown hook runs). */
    @Override
    public void close() throws Exception {
        if (!process.isAlive()) return;
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toSeconds(), TimeUnit.SECONDS)) process.destroyForcibly().waitFor();
    }
}
