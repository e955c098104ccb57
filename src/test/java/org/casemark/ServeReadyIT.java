package org.casemark;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From a newcomer's run of the README: {@code serve} says "ready" only once the grader is loaded. Nothing it prints
 * before reads as ready or started (Javalin's and Jetty's start-up lines did), and the moment it prints
 * {@code ready:}, {@code /health/ready} is 200. The packaged jar, so its own logging configuration is the one used.
 */
class ServeReadyIT {
    @Test
    void serveSaysReadyOnlyWhenItIs(@TempDir Path dir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx1g", "-jar", CasemarkProcess.JAR.toString(), "serve", "--host", "127.0.0.1", "--port", "0", "--data", dir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> before = new ArrayList<>();
            Pattern listening = Pattern.compile("casemark listening on http://[^:]+:(\\d+)");
            int port = -1;
            for (String line; (line = out.readLine()) != null; ) {
                Matcher m = listening.matcher(line);
                if (m.find()) port = Integer.parseInt(m.group(1));
                if (line.startsWith("ready: ")) {
                    HttpResponse<String> ready = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/health/ready")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, ready.statusCode(), "said ready: " + ready.body());
                    for (String b : before) {
                        String l = b.toLowerCase(Locale.ROOT).replace("/health/ready", "");
                        assertTrue(!l.contains("ready") && !l.contains("started"), "before the grader was loaded: " + b);
                    }
                    return;
                }
                before.add(line);
            }
            throw new AssertionError("serve never said ready: " + before);
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
