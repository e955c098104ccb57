package org.casemark.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every {@code curl} example of the README's "## HTTP API" section against a started server: method, headers,
 * body and path as written, {@code $CASEMARK_KEY} and {@code $SUBMISSION_ID} filled in, and the status checked
 * ({@code # expect N}, else 200).
 */
class ReadmeHttpTest {
    @TempDir
    static Path data;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data).ready();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    record Curl(String line, String method, String url, List<String> headers, String body, int expect) {
    }

    @Test
    void everyCurlExampleInTheReadmeWorks() throws Exception {
        List<Curl> examples = examples(Files.readString(Path.of("README.md")));
        assertTrue(examples.size() >= 10, "found " + examples.size() + " curl examples");
        String key = s.key("readme");
        String submissionId = null;
        for (Curl c : examples) {
            String url = c.url.replace("$CASEMARK_KEY", key);
            if (url.contains("$SUBMISSION_ID")) {
                assertTrue(submissionId != null, "an example creates a submission before " + c.line);
                url = url.replace("$SUBMISSION_ID", submissionId);
            }
            URI uri = URI.create(url);
            assertEquals("localhost:7070", uri.getAuthority(), c.line);
            HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
            b.method(c.method, c.body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(c.body));
            for (String h : c.headers) {
                int colon = h.indexOf(':');
                b.header(h.substring(0, colon).strip(), h.substring(colon + 1).strip().replace("$CASEMARK_KEY", key));
            }
            TestServer.Response r = s.send(b);
            assertEquals(c.expect, r.status(), c.line + "\n-> " + r);
            if (r.status() == 201) submissionId = r.json().path("id").asText();
        }
    }

    /** The curl commands of the "## HTTP API" section's sh blocks, continuation lines joined. */
    static List<Curl> examples(String readme) {
        int start = readme.indexOf("\n## HTTP API\n");
        assertTrue(start >= 0, "README has a '## HTTP API' section");
        int end = readme.indexOf("\n## ", start + 5);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        List<Curl> out = new ArrayList<>();
        Matcher blocks = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(section);
        while (blocks.find()) {
            String joined = blocks.group(1).replace("\\\n", " ");
            for (String line : joined.split("\n")) {
                if (line.strip().startsWith("curl ")) out.add(parse(line.strip()));
            }
        }
        return out;
    }

    static Curl parse(String line) {
        int expect = 200;
        Matcher m = Pattern.compile("#\\s*expect\\s+(\\d{3})").matcher(line);
        if (m.find()) expect = Integer.parseInt(m.group(1));
        List<String> words = words(line);
        String method = null;
        String url = null;
        String body = null;
        List<String> headers = new ArrayList<>();
        for (int i = 1; i < words.size(); i++) {
            String w = words.get(i);
            switch (w) {
                case "-X" -> method = words.get(++i);
                case "-H" -> headers.add(words.get(++i));
                case "-d", "--data" -> body = words.get(++i);
                case "-s", "-i" -> { }
                default -> {
                    if (w.startsWith("#")) i = words.size();
                    else if (w.startsWith("http")) url = w;
                    else throw new AssertionError("unsupported curl word '" + w + "' in: " + line);
                }
            }
        }
        if (method == null) method = body == null ? "GET" : "POST";
        return new Curl(line, method, url, headers, body, expect);
    }

    /** Shell words: single quotes literal, double quotes keep {@code $VAR} for the test to fill in. */
    static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder w = null;
        char quote = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) quote = 0;
                else w.append(c);
            } else if (c == '\'' || c == '"') {
                quote = c;
                if (w == null) w = new StringBuilder();
            } else if (Character.isWhitespace(c)) {
                if (w != null) words.add(w.toString());
                w = null;
            } else {
                if (w == null) w = new StringBuilder();
                w.append(c);
            }
        }
        if (w != null) words.add(w.toString());
        return words;
    }
}
