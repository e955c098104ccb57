package org.casemark.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import org.casemark.json.Json;
import org.casemark.store.Store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * A request body as a JSON object: {@code application/json} only (415 otherwise), in UTF-8 or a declared
 * ISO-8859-1 or US-ASCII (decoded; any other charset is 415), parsed strictly (400 with line and column), and
 * fingerprinted by what it says rather than how it is spelt, for idempotency.
 */
final class JsonBody {
    static final String JSON_TYPE = "application/json";
    private static final ObjectReader STRICT = Json.MAPPER.reader()
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonBody() {
    }

    static JsonNode object(String contentType, byte[] raw) {
        Charset charset = charset(contentType);
        if (raw.length == 0) throw Problem.malformedJson("the body is empty; send a JSON object");
        JsonNode node;
        try {
            node = charset.equals(StandardCharsets.UTF_8) ? STRICT.readTree(raw)
                    : STRICT.readTree(new String(raw, charset));
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ";
            throw Problem.malformedJson(where + e.getOriginalMessage().lines().findFirst().orElse("invalid JSON"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) throw Problem.invalid("the body must be a JSON object");
        return node;
    }

    /** UTF-8 unless the Content-Type declares ISO-8859-1 or US-ASCII; any other type or charset is 415. */
    static Charset charset(String contentType) {
        String[] parts = contentType == null ? new String[]{""} : contentType.split(";");
        String media = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals(JSON_TYPE)) {
            throw Problem.unsupportedMediaType("send the body as application/json"
                    + (contentType == null ? " (no Content-Type was given)" : ", not " + contentType));
        }
        for (int i = 1; i < parts.length; i++) {
            String[] kv = parts[i].split("=", 2);
            if (kv.length < 2 || !kv[0].strip().equalsIgnoreCase("charset")) continue;
            String name = kv[1].strip().replace("\"", "");
            Charset cs;
            try {
                cs = Charset.forName(name);
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                cs = null;
            }
            if (StandardCharsets.UTF_8.equals(cs) || StandardCharsets.ISO_8859_1.equals(cs)
                    || StandardCharsets.US_ASCII.equals(cs)) return cs;
            throw Problem.unsupportedMediaType("charset " + name + " is not supported; send UTF-8 (or ISO-8859-1)");
        }
        return StandardCharsets.UTF_8;
    }

    /**
     * SHA-256 (hex) of the body's canonical form: object keys sorted, no insignificant whitespace, escapes
     * resolved. The same request re-sent with other spacing, key order or escapes has the same fingerprint.
     */
    static String fingerprint(JsonNode body) {
        try {
            String canonical = Json.MAPPER.writeValueAsString(Json.MAPPER.treeToValue(body, Object.class));
            return HexFormat.of().formatHex(Store.sha256(canonical));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
