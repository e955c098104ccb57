package org.casemark.http;

import org.junit.jupiter.api.Test;

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
class ReadmeHttpTest extends StartedServer {
    /**
     * One curl example: {@code form} holds its {@code -F name=value} fields (a value {@code @FILE} is that file), and
     * {@code assign} the shell variable a line {@code NAME=$(curl ... | jq -r .id)} sets from the response's id.
     */
    record Curl(String line, String method, String url, List<String> headers, String body, int expect,
                List<String> form, String assign) {
    }

    private static final Pattern ASSIGNED = Pattern.compile("^([A-Z_]+)=\\$\\((curl .*?)\\s*\\|\\s*jq -r \\.id\\)(.*)$");

    /** A curl example, or an assignment of one's id to a shell variable. */
    static boolean isCurl(String line) {
        return line.startsWith("curl ") || ASSIGNED.matcher(line).matches();
    }

    /** {@code $NAME} of {@code vars} filled in; a variable the README never set fails the test. */
    static String fill(String text, java.util.Map<String, String> vars, String line) {
        Matcher m = Pattern.compile("\\$([A-Z_]+)").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = vars.get(m.group(1));
            assertTrue(v != null, "$" + m.group(1) + " is used before the README sets it: " + line);
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void everyCurlExampleInTheReadmeWorks() throws Exception {
        List<Curl> examples = examples(Files.readString(Path.of("README.md")));
        assertTrue(examples.size() >= 10, "found " + examples.size() + " curl examples");
        java.util.Map<String, String> vars = new java.util.HashMap<>(java.util.Map.of("CASEMARK_KEY", s.key("readme")));
        for (Curl c : examples) run(s, c, vars);
    }

    /** Sends one example as written (variables filled in, the port the test server's); checks its status. */
    static TestServer.Response run(TestServer s, Curl c, java.util.Map<String, String> vars) throws Exception {
        URI uri = URI.create(fill(c.url, vars, c.line));
        assertEquals("localhost:7070", uri.getAuthority(), c.line);
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri(uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())));
        if (!c.form.isEmpty()) {
            String boundary = "----readme" + System.nanoTime();
            java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
            for (String field : c.form) {
                String name = field.substring(0, field.indexOf('=')), value = field.substring(field.indexOf('=') + 1);
                body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                        + (value.startsWith("@") ? "; filename=\"" + Path.of(value.substring(1)).getFileName() + "\"" : "")
                        + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.writeBytes(value.startsWith("@") ? Files.readAllBytes(Path.of(value.substring(1)))
                        : value.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                body.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            body.writeBytes(("--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            b.header("Content-Type", "multipart/form-data; boundary=" + boundary);
            b.method(c.method, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        } else {
            b.method(c.method, c.body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(c.body));
        }
        for (String h : c.headers) {
            int colon = h.indexOf(':');
            b.header(h.substring(0, colon).strip(), fill(h.substring(colon + 1).strip(), vars, c.line));
        }
        TestServer.Response r = s.send(b);
        assertEquals(c.expect, r.status(), c.line + "\n-> " + r);
        if (c.assign != null) vars.put(c.assign, r.json().path("id").asText());
        return r;
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
                if (isCurl(line.strip())) out.add(parse(line.strip()));
            }
        }
        return out;
    }

    static Curl parse(String written) {
        String line = written;
        String assign = null;
        Matcher a = ASSIGNED.matcher(written);
        if (a.matches()) {
            assign = a.group(1);
            line = a.group(2) + a.group(3);
        }
        List<String> form = new ArrayList<>();
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
                case "-F" -> form.add(words.get(++i));
                case "-s", "-i", "-N" -> { }
                case "-o" -> i++;   // where curl saves the body: the test reads it instead
                default -> {
                    if (w.startsWith("#")) i = words.size();
                    else if (w.startsWith("http")) url = w;
                    else throw new AssertionError("unsupported curl word '" + w + "' in: " + line);
                }
            }
        }
        if (method == null) method = body == null && form.isEmpty() ? "GET" : "POST";
        return new Curl(written, method, url, headers, body, expect, form, assign);
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
