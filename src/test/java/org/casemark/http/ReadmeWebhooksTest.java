package org.casemark.http;

import org.casemark.StandardWebhooksJs;
import org.casemark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's "Course platforms" section as written: its {@code casemark} commands against the server's
 * database (all but {@code serve}: the test's server has the same callback permissions), its receiver and sender
 * with Node and the npm {@code standardwebhooks} package, its curl lines against the started server (ports
 * rewritten: 7070 to the server's, 8000 to the receiver's), and checks that both results reach the receiver and
 * are verified there.
 */
class ReadmeWebhooksTest {
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\S+)(?: (\\S+))?\\n(.*?)^```$");
    private static final String JAR = "java -jar target/casemark.jar ";

    @TempDir
    Path data;
    @TempDir
    Path scripts;

    @Test
    void theCoursePlatformsSectionRunsAsWritten() throws Exception {
        StandardWebhooksJs.start().close();   // skips (or fails under CI) without Node and the package
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Course platforms");
        assertTrue(start >= 0, "README has a '## Course platforms' section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        List<String> shLines = new ArrayList<>();
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            if (m.group(1).equals("sh")) shLines.addAll(Arrays.asList(m.group(3).replace("\\\n", " ").split("\n")));
            else if (m.group(1).equals("js")) Files.writeString(scripts.resolve(m.group(2)), m.group(3));
        }
        assertTrue(Files.exists(scripts.resolve("receiver.mjs")) && Files.exists(scripts.resolve("sender.mjs")));
        Files.createSymbolicLink(scripts.resolve("node_modules"),
                StandardWebhooksJs.DIR.resolve("node_modules").toAbsolutePath());

        try (TestServer s = TestServer.start(data).ready()) {
            String key = null;
            String secret = null;
            for (String line : shLines) {
                if (!line.startsWith(JAR) || line.startsWith(JAR + "serve")) continue;
                String out = casemark(line);
                if (line.contains("keys create")) key = out.strip();
                if (line.contains("webhooks secret create")) secret = out.strip();
            }
            assertTrue(key != null && key.startsWith("cm_"), "the section creates a key: " + key);
            assertTrue(secret != null && secret.startsWith("whsec_"), "the section creates a secret: " + secret);

            int receiverPort = freePort();
            rewrite("receiver.mjs", "listen(8000)", "listen(" + receiverPort + ")");
            rewrite("sender.mjs", "localhost:8000", "localhost:" + receiverPort);
            rewrite("sender.mjs", "localhost:7070", "127.0.0.1:" + s.server.port());
            List<String> verified = new java.util.concurrent.CopyOnWriteArrayList<>();
            Process receiver = node("receiver.mjs", secret, verified);
            try {
                awaitListening(receiverPort);
                List<String> queued = new ArrayList<>();
                java.util.Map<String, String> vars = new java.util.HashMap<>(java.util.Map.of("CASEMARK_KEY", key));
                for (String line : shLines) {
                    if (!ReadmeHttpTest.isCurl(line.strip())) continue;
                    ReadmeHttpTest.Curl c = ReadmeHttpTest.parse(line.strip());
                    ReadmeHttpTest.Curl local = new ReadmeHttpTest.Curl(c.line(), c.method(), c.url(), c.headers(),
                            c.body() == null ? null : c.body().replace("localhost:8000", "localhost:" + receiverPort),
                            c.expect(), c.form(), c.assign());
                    TestServer.Response r = ReadmeHttpTest.run(s, local, vars);
                    if (r.status() == 202) queued.add(r.json().path("id").asText());
                }
                String sent = runNode("sender.mjs", secret);
                Matcher loc = Pattern.compile("^202 /v1/submissions/(sub_[0-9a-f]+)$").matcher(sent.strip());
                assertTrue(loc.matches(), "sender.mjs printed: " + sent);
                queued.add(loc.group(1));

                long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                for (String id : queued) {
                    while (verified.stream().noneMatch(l -> l.startsWith(id + " "))) {
                        assertTrue(System.nanoTime() < until, "the receiver never verified " + id + ": " + verified);
                        Thread.sleep(50);
                    }
                }
                assertTrue(verified.stream().allMatch(l -> l.matches("sub_[0-9a-f]+ (graded|needs_review) \\d+")),
                        verified.toString());
            } finally {
                receiver.destroy();
            }
        }
    }

    /** One {@code casemark} command of the README, run in-process against the server's data directory. */
    private String casemark(String line) {
        String command = line.substring(JAR.length()).replaceAll("\\s+#.*$", "").strip();
        List<String> args = new ArrayList<>(Arrays.asList(command.split("\\s+")));
        args.addAll(List.of("--data", data.toString()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, line + "\n" + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private void rewrite(String script, String from, String to) throws Exception {
        Path f = scripts.resolve(script);
        String text = Files.readString(f);
        assertTrue(text.contains(from), script + " has " + from);
        Files.writeString(f, text.replace(from, to));
    }

    private Process node(String script, String secret, List<String> lines) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("node", script).directory(scripts.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().put("CASEMARK_WEBHOOK_SECRET", secret);
        Process p = pb.start();
        Thread t = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String l;
                while ((l = r.readLine()) != null) lines.add(l);
            } catch (java.io.IOException e) {
                // ended
            }
        }, "readme-receiver-output");
        t.setDaemon(true);
        t.start();
        return p;
    }

    private String runNode(String script, String secret) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("node", script).directory(scripts.toFile()).redirectErrorStream(true);
        pb.environment().put("CASEMARK_WEBHOOK_SECRET", secret);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static int freePort() throws Exception {
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    private static void awaitListening(int port) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Socket ignored = new Socket("localhost", port)) {
                return;
            } catch (java.io.IOException e) {
                assertTrue(System.nanoTime() < end, "the README's receiver never listened on " + port);
                Thread.sleep(50);
            }
        }
    }
}
