package org.casemark.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.casemark.http.ApiHttpTest.feedback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 1, against a real server: 300 anonymous uploads that send part of a body and then a byte a second
 * (more than Jetty's 250 threads) hold no thread: health and grading answer while they trickle, and each is cut
 * off with 408 at the body deadline. A client address over its connection cap has the extra connection closed.
 */
class SlowClientsHttpTest {
    static final HttpClient FRESH = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final String SLOW_HEAD = "POST /v1/quizzes/gm-lesson/score HTTP/1.1\r\nHost: localhost\r\n"
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"answers\":{";

    @Test
    void slowUploadsHoldNoThreadAndAreCutOffAtTheDeadline(@TempDir Path dir) throws Exception {
        ServerSettings settings = TestServer.settings().withLimits(l -> l
                .withConnections(400, Duration.ofSeconds(4), Duration.ofSeconds(30))
                .withQuizRate(new Limits.Rate(1000, 1000)));
        try (TestServer s = TestServer.start(dir, settings, TestEngine::grading).ready()) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 300; i++) {
                    Socket socket = RawHttp.open(s.server.port());
                    socket.getOutputStream().write(SLOW_HEAD.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().flush();
                    slow.add(socket);
                }
                long start = System.nanoTime();
                trickle(slow);   // one byte each, a second from now: they are still sending

                HttpResponse<String> live = FRESH.send(HttpRequest.newBuilder(s.uri("/health/live"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, live.statusCode());
                HttpResponse<String> graded = FRESH.send(HttpRequest.newBuilder(s.uri("/v1/feedback"))
                        .header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                        .POST(HttpRequest.BodyPublishers.ofString(feedback("gm-case-study", Essays.WAREHOUSE))).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(200, graded.statusCode(), graded::body);
                double busy = busyThreads(s);
                assertTrue(busy < 50, "Jetty threads busy while 300 uploads trickle: " + busy);
                assertTrue(System.nanoTime() - start < 3_000_000_000L, "answered before the deadline");

                int cutOff = 0;
                for (Socket socket : slow) {
                    RawHttp.Reply r = RawHttp.read(socket.getInputStream());
                    JettyErrorsHttpTest.problem(r, 408);
                    assertEquals(-1, socket.getInputStream().read(), "the connection is closed after the 408");
                    cutOff++;
                }
                assertEquals(300, cutOff);
            } finally {
                for (Socket socket : slow) socket.close();
            }
        }
    }

    private static void trickle(List<Socket> sockets) throws InterruptedException {
        Thread.sleep(1000);
        for (Socket socket : sockets) {
            try {
                OutputStream out = socket.getOutputStream();
                out.write(' ');
                out.flush();
            } catch (IOException e) {
                throw new AssertionError("the server closed a slow upload before its deadline", e);
            }
        }
    }

    private static double busyThreads(TestServer s) throws Exception {
        HttpResponse<String> m = FRESH.send(HttpRequest.newBuilder(s.uri("/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (String line : m.body().split("\n")) {
            if (line.startsWith("jetty_threads_busy")) return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
        }
        throw new AssertionError("no jetty_threads_busy in " + m.body());
    }

    @Test
    void anAddressOverItsConnectionCapHasTheExtraConnectionClosed(@TempDir Path dir) throws Exception {
        ServerSettings settings = TestServer.settings().withLimits(l -> l
                .withConnections(4, l.bodyDeadline(), l.idleTimeout()));
        try (TestServer s = TestServer.start(dir, settings, TestEngine::grading).ready()) {
            List<Socket> held = new ArrayList<>();
            try {
                for (int i = 0; i < 4; i++) held.add(RawHttp.open(s.server.port()));
                Thread.sleep(200);
                try (Socket extra = RawHttp.open(s.server.port())) {
                    extra.getOutputStream().write(("GET /health/live HTTP/1.1\r\nHost: localhost\r\n"
                            + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                    assertEquals(-1, readOrReset(extra), "the fifth connection is closed unanswered");
                }
            } finally {
                for (Socket socket : held) socket.close();
            }
            Thread.sleep(200);
            RawHttp.Reply after = RawHttp.exchange(s.server.port(), "GET /metrics HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n");
            assertEquals(200, after.status(), "once the held connections are closed the address is let in again");
            assertTrue(after.body().contains("casemark_connections_refused_total 1.0"), after.body());
        }
    }

    private static int readOrReset(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read();
        } catch (SocketException reset) {
            return -1;
        }
    }
}
