package org.casemark.cli;

import org.casemark.store.DataDirLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 8: a second {@code serve} on a data directory that a running {@code serve} (another JVM) holds
 * exits at once with one clear line naming the holder, and leaves the first serving; after the first is killed
 * with SIGKILL, the directory can be taken again (the lock never goes stale).
 */
class SecondServeTest {
    @Test
    void aSecondServeOnTheSameDataDirectoryIsRefusedAtOnce(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.casemark.cli.Main", "serve", "--host", "127.0.0.1", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).start();
        try {
            int port = listeningPort(first);
            long start = System.nanoTime();
            String[] second = ServeAndKeysCommandTest.run("serve", "--port", "0", "--data", data.toString());
            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals("2", second[0], second[2]);
            assertEquals(1, second[2].strip().lines().count(), second[2]);
            assertEquals("casemark serve: the data directory " + data + " is in use by another casemark serve (pid "
                    + first.pid() + "); stop it or pass another --data DIR", second[2].strip());
            assertEquals("", second[1], "nothing printed, no key made");
            assertTrue(tookMs < 5_000, "refused at once: " + tookMs + " ms");

            HttpResponse<String> live = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/health/live")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, live.statusCode(), "the first serve goes on");
        } finally {
            first.destroyForcibly();
            first.waitFor(30, TimeUnit.SECONDS);
        }
        try (DataDirLock again = DataDirLock.acquire(data)) {
            assertTrue(again != null, "after kill -9 the directory is free");
        }
    }

    /** Reads the first serve's output until it says where it listens. */
    private static int listeningPort(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("casemark listening on http://[^:]+:(\\d+)");
        StringBuilder seen = new StringBuilder();
        long deadline = System.currentTimeMillis() + 60_000;
        String line;
        while (System.currentTimeMillis() < deadline && (line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the child's pipe from filling
                        }
                    } catch (java.io.IOException ignored) {
                        // the child ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("the first serve never listened:\n" + seen);
    }
}
