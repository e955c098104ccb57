package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, items 3 and 4, against a real server: 1,000 made-up methods add no metric series, and a client that
 * closes the connection half way through its body is one INFO line and a counted disconnect, not a 500.
 */
class MetricsHttpTest extends StartedServer {
    /** Every series of the exposition (name and labels), for the metric families named. */
    static Set<String> series(String prefix) throws Exception {
        Set<String> out = new TreeSet<>();
        for (String line : s.get("/metrics").body().split("\n")) {
            if (line.startsWith(prefix)) out.add(line.substring(0, line.lastIndexOf(' ')));
        }
        return out;
    }

    @Test
    void aThousandMadeUpMethodsAddNoSeries() throws Exception {
        s.get("/v1/rubrics");
        series("http_server_requests");   // the scrape itself is counted once
        Set<String> before = series("http_server_requests");
        int sizeBefore = s.get("/metrics").body().length();
        for (int i = 0; i < 1000; i++) {
            RawHttp.Reply r = RawHttp.exchange(s.server.port(), "M" + i + "THOD /v1/rubrics HTTP/1.1\r\n"
                    + "Host: localhost\r\nConnection: close\r\n\r\n");
            if (i % 250 == 0) JettyErrorsHttpTest.problem(r, 501);
        }
        Set<String> after = series("http_server_requests");
        assertEquals(before, after, "series after 1,000 made-up methods");
        int sizeAfter = s.get("/metrics").body().length();
        assertTrue(sizeAfter < sizeBefore + 2_000, sizeBefore + " -> " + sizeAfter + " bytes");
        // a known method on a route that does not allow it is counted, under its own name
        assertEquals(405, s.send(java.net.http.HttpRequest.newBuilder(s.uri("/v1/rubrics"))
                .method("PUT", java.net.http.HttpRequest.BodyPublishers.noBody())).status());
        assertTrue(series("http_server_requests_seconds_count").stream()
                .anyMatch(x -> x.contains("method=\"PUT\"") && x.contains("status=\"405\"")));
    }

    @Test
    void aClientThatLeavesMidBodyIsOneInfoLineNotA500() throws Exception {
        double disconnectsBefore = value("casemark_client_disconnects_total");
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < 5; i++) {
                try (Socket socket = RawHttp.open(s.server.port())) {
                    socket.getOutputStream().write(("POST /v1/feedback HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"rubric\":\"gm-case")
                            .getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    Thread.sleep(100);
                }
            }
            long deadline = System.currentTimeMillis() + 5_000;
            while (value("casemark_client_disconnects_total") < disconnectsBefore + 5
                    && System.currentTimeMillis() < deadline) Thread.sleep(50);
        } finally {
            System.setErr(original);
        }
        assertEquals(disconnectsBefore + 5, value("casemark_client_disconnects_total"));
        Set<String> requests = series("http_server_requests");
        assertTrue(requests.stream().noneMatch(x -> x.contains("status=\"500\"")), "a 500 was counted: " + requests);
        String logged = log.toString(StandardCharsets.UTF_8);
        assertEquals(5, logged.lines().filter(l -> l.contains("INFO") && l.contains("closed the connection")).count(),
                logged);
        assertFalse(logged.contains("ERROR") || logged.contains("WARN") || logged.contains("\tat "), logged);
    }

    static double value(String series) throws Exception {
        for (String line : s.get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ")) return Double.parseDouble(line.substring(series.length() + 1));
        }
        throw new AssertionError("no series " + series);
    }
}
