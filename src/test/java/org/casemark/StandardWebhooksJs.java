package org.casemark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.json.Json;
import org.junit.jupiter.api.Assumptions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The {@code standardwebhooks} package from npm, in a Node process ({@code src/test/node/standard-webhooks.mjs}):
 * what an integrator would verify casemark's callbacks with and sign requests to it with. {@code .ci/run} installs
 * it ({@code npm ci --prefix src/test/node}); where Node or the package is missing the tests that need it are
 * skipped, unless {@code CASEMARK_REQUIRE_NODE} is set (CI sets it), when they fail.
 */
public final class StandardWebhooksJs implements AutoCloseable {
    public static final Path DIR = Path.of("src/test/node");

    private final Process node;
    private final Writer in;
    private final BufferedReader out;

    private StandardWebhooksJs(Process node) {
        this.node = node;
        this.in = new OutputStreamWriter(node.getOutputStream(), StandardCharsets.UTF_8);
        this.out = new BufferedReader(new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8));
    }

    /** Starts the Node bridge, or skips the calling test (fails it under CI) when Node or the package is missing. */
    public static StandardWebhooksJs start() throws IOException {
        String missing = missing();
        if (missing != null) {
            if (System.getenv("CASEMARK_REQUIRE_NODE") != null) throw new AssertionError(missing);
            Assumptions.abort(missing);
        }
        Process p = new ProcessBuilder("node", "standard-webhooks.mjs").directory(DIR.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        return new StandardWebhooksJs(p);
    }

    /** Why the bridge cannot run here, or null. */
    public static String missing() {
        if (!Files.isDirectory(DIR.resolve("node_modules/standardwebhooks"))) {
            return "the standardwebhooks npm package is not installed: npm ci --prefix " + DIR;
        }
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 ? null : "node does not run";
        } catch (IOException | InterruptedException e) {
            return "node is not on the PATH: " + e.getMessage();
        }
    }

    /** What the library's {@code Webhook.verify} says: {@code ok} with the parsed {@code payload}, or an error. */
    public synchronized JsonNode verify(String secret, Map<String, String> headers, String body) throws IOException {
        ObjectNode req = Json.MAPPER.createObjectNode().put("op", "verify").put("secret", secret).put("body", body);
        req.set("headers", Json.MAPPER.valueToTree(headers));
        return call(req);
    }

    /** The library's {@code Webhook.sign}: a {@code v1,...} signature. */
    public synchronized String sign(String secret, String id, long timestamp, String body) throws IOException {
        JsonNode r = call(Json.MAPPER.createObjectNode().put("op", "sign").put("secret", secret).put("id", id)
                .put("timestamp", timestamp).put("body", body));
        if (!r.path("ok").asBoolean()) throw new AssertionError("sign failed: " + r);
        return r.path("signature").asText();
    }

    private JsonNode call(ObjectNode req) throws IOException {
        in.write(Json.MAPPER.writeValueAsString(req) + "\n");
        in.flush();
        String line = out.readLine();
        if (line == null) throw new IOException("the Node process ended");
        return Json.MAPPER.readTree(line);
    }

    @Override
    public void close() {
        node.destroy();
    }
}
