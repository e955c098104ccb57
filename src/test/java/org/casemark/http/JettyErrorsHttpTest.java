package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 6: the errors Jetty raises before the application sees the request (a 16 KB header, a 100 KB
 * path, an undecodable path, a NUL in the request line, a negative Content-Length) are problem+json like every
 * other error, and every response says nosniff. Sent over a plain socket, as a client that does not care would.
 */
class JettyErrorsHttpTest extends StartedServer {
    static JsonNode problem(RawHttp.Reply r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r::toString);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        JsonNode p = r.json();
        assertEquals(status, p.path("status").asInt(), r::toString);
        for (String f : new String[]{"type", "title", "detail"}) assertTrue(p.path(f).isTextual(), f + " in " + p);
        assertFalse(r.body().contains("<html") || r.body().contains("Exception") || r.body().contains("\tat "),
                r.body());
        return p;
    }

    String get(String target, String extraHeaders) {
        return "GET " + target + " HTTP/1.1\r\nHost: localhost\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    }

    @Test
    void aSixteenKilobyteHeaderIs431() throws Exception {
        JsonNode p = problem(RawHttp.exchange(s.server.port(), get("/v1/rubrics", "X-Big: " + "a".repeat(16 * 1024)
                + "\r\n")), 431);
        assertTrue(p.path("detail").asText().contains("8192 bytes"), p::toString);
    }

    @Test
    void aHundredKilobytePathIs414() throws Exception {
        problem(RawHttp.exchange(s.server.port(), get("/v1/rubrics/" + "x".repeat(100 * 1024), "")), 414);
    }

    @Test
    void anUndecodablePathIs400() throws Exception {
        problem(RawHttp.exchange(s.server.port(), get("/v1/rubrics/%zz", "")), 400);
    }

    @Test
    void aNulInTheRequestLineIs400() throws Exception {
        problem(RawHttp.exchange(s.server.port(), get("/v1/rub\0rics", "")), 400);
    }

    @Test
    void aNegativeContentLengthIs400() throws Exception {
        problem(RawHttp.exchange(s.server.port(), "POST /v1/feedback HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: -5\r\nConnection: close\r\n\r\n{}"), 400);
    }

    @Test
    void everyResponseSaysNosniff() throws Exception {
        for (String path : new String[]{"/health/live", "/v1/rubrics", "/openapi.json", "/metrics", "/v1/nothing"}) {
            RawHttp.Reply r = RawHttp.exchange(s.server.port(), get(path, ""));
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path + " -> " + r);
        }
        RawHttp.Reply bad = RawHttp.exchange(s.server.port(), "POST /v1/feedback HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{oops}\n");
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("nosniff", bad.header("X-Content-Type-Options"), bad::toString);
    }
}
