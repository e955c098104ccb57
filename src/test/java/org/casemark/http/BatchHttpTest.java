package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.batch.Documents;
import org.casemark.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /v1/batches} against a started server: a Canvas export uploaded as multipart is 202 with the batch id, its
 * items are graded by the job workers, progress streams as Server-Sent Events, the results come back in each layout
 * and as the class report; the same file again is recognised; a zip bomb, a bad upload and other tenants are refused.
 */
class BatchHttpTest {
    static final String ESSAY = "The AI system is a warehouse robot trained with reinforcement learning to deliver "
            + "boxes to the loading bay. In training the loading bay was always lit, so it could learn to drive towards "
            + "the light instead of the bay. Once deployed in a warehouse where a window lights the wrong corner, it "
            + "drives confidently to the window and the boxes pile up there.";

    @TempDir
    static Path dir;
    static TestServer server;
    static String key;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir.resolve("data")).ready();
        key = server.key("school");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static byte[] canvasZip;

    static synchronized byte[] canvasZip() throws Exception {
        if (canvasZip == null) canvasZip = makeCanvasZip();
        return canvasZip;
    }

    static byte[] makeCanvasZip() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("smithjane_12345_678901_case study.docx", Documents.docx(List.of(ESSAY)));
        files.put("doejohn_LATE_23456_789012_essay.pdf", Documents.pdf(List.of(
                "The AI system is a chatbot for a bank trained on chat logs from 2022.",
                "It could learn to give the answer customers liked instead of the correct one.")));
        files.put("leeann_34567_text.html", ("<p>" + ESSAY + "</p>").getBytes(StandardCharsets.UTF_8));
        files.put("kimbo_45678_890123_scan.pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8));
        return Documents.zip(files);
    }

    static TestServer.Response upload(String apiKey, String rubric, String fileName, byte[] file) throws Exception {
        String boundary = "----casemark" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"rubric\"\r\n\r\n" + rubric
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return server.send(HttpRequest.newBuilder(server.uri("/v1/batches"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), "Authorization", TestServer.bearer(apiKey));
    }

    static JsonNode waitDone(String id) throws Exception {
        long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (true) {
            JsonNode b = server.get("/v1/batches/" + id, "Authorization", TestServer.bearer(key)).json();
            if (b.get("status").asText().equals("done")) return b;
            assertTrue(System.nanoTime() < end, "never done: " + b);
            Thread.sleep(100);
        }
    }

    @Test
    void aCanvasExportIsAcceptedGradedStreamedAndExported() throws Exception {
        TestServer.Response created = upload(key, "gm-case-study", "submissions.zip", canvasZip());
        assertEquals(202, created.status(), created.body());
        String id = created.json().get("id").asText();
        assertTrue(id.startsWith("bat_"), id);
        assertEquals("/v1/batches/" + id, created.header("Location"));
        assertEquals("canvas", created.json().get("layout").asText());
        assertEquals(4, created.json().get("items").asInt());

        List<String> events = events(id);
        assertTrue(events.get(0).startsWith("event: progress"), events.toString());
        String last = events.get(events.size() - 1);
        assertTrue(last.startsWith("event: done"), events.toString());
        JsonNode done = Json.MAPPER.readTree(last.substring(last.indexOf("data: ") + 6));
        assertEquals(4, done.get("done").asInt());
        assertEquals(1, done.path("counts").path("rejected").asInt(), "the broken PDF, for itself only");

        JsonNode batch = waitDone(id);
        assertEquals(3, batch.path("counts").path("graded").asInt() + batch.path("counts").path("needs_review").asInt());

        String canvas = server.get("/v1/batches/" + id + "/results?format=canvas", "Authorization", TestServer.bearer(key)).body();
        List<String> rows = canvas.lines().toList();
        assertEquals("\"Student\",\"ID\",\"SIS User ID\",\"SIS Login ID\",\"Section\",\"gm-case-study\"", rows.get(0));
        assertTrue(rows.get(1).startsWith("\"Points Possible\""), rows.get(1));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("\"smithjane\",\"12345\"")), canvas);
        TestServer.Response csv = server.get("/v1/batches/" + id + "/results?format=csv", "Authorization", TestServer.bearer(key));
        assertTrue(csv.header("Content-Type").startsWith("text/csv"), csv.header("Content-Type"));
        assertEquals(5, csv.body().lines().count(), csv.body());
        String moodle = server.get("/v1/batches/" + id + "/results?format=moodle", "Authorization", TestServer.bearer(key)).body();
        assertTrue(moodle.contains("\"Participant 45678\""), moodle);
        List<String> jsonl = server.get("/v1/batches/" + id + "/results", "Authorization", TestServer.bearer(key)).body().lines().toList();
        assertEquals(4, jsonl.size());
        JsonNode broken = jsonl.stream().map(l -> read(l)).filter(n -> n.get("learner_id").asText().equals("45678"))
                .findFirst().orElseThrow();
        assertTrue(broken.path("grade").path("error").asText().contains("kimbo_45678_890123_scan.pdf: not a readable .pdf"),
                broken.toString());

        JsonNode report = server.get("/v1/batches/" + id + "/report", "Authorization", TestServer.bearer(key)).json();
        assertEquals(4, report.get("items").asInt());
        assertEquals(6, report.get("components").size());
        assertEquals(13, report.get("histogram").size());
        assertEquals(1, report.get("rejected_items").size());

        TestServer.Response again = upload(key, "gm-case-study", "submissions-again.zip", canvasZip());
        assertEquals(200, again.status(), again.body());
        assertEquals(id, again.json().get("id").asText(), "the same file is recognised, not graded again");
        assertTrue(again.json().get("reupload").asBoolean());
        assertEquals(404, server.get("/v1/batches/" + id, "Authorization", TestServer.bearer(server.key("other"))).status(),
                "another tenant sees nothing");
        assertEquals(400, server.get("/v1/batches/" + id + "/results?format=xlsx", "Authorization", TestServer.bearer(key)).status());
    }

    @Test
    void badUploadsAreProblems() throws Exception {
        byte[] zeros = new byte[1 << 20];
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("bomb.txt"));
            for (int i = 0; i < 64; i++) z.write(zeros);
            z.closeEntry();
        }
        TestServer.Response bomb = upload(key, "gm-case-study", "bomb.zip", out.toByteArray());
        assertEquals(422, bomb.status(), bomb.body());
        assertEquals("application/problem+json", bomb.header("Content-Type"));
        assertTrue(bomb.json().get("detail").asText().contains("refused: bomb.txt inflates more than 100 times"), bomb.body());
        assertEquals(401, upload("cm_0000000000000000_nope", "gm-case-study", "a.txt", ESSAY.getBytes()).status());
        assertEquals(404, upload(key, "no-such-rubric", "a.txt", ESSAY.getBytes()).status());
        TestServer.Response csv = upload(key, "gm-case-study", "class.csv", "name,essay\n1,x\n".getBytes());
        assertEquals(422, csv.status());
        assertTrue(csv.json().get("detail").asText().contains("class.csv:1: no column 'id' (columns: name, essay"), csv.body());
        TestServer.Response json = server.postJson("/v1/batches", "{}", "Authorization", TestServer.bearer(key));
        assertEquals(415, json.status(), json.body());
        TestServer.Response noAccept = server.get("/v1/batches/bat_x/events", "Authorization", TestServer.bearer(key));
        assertEquals(404, noAccept.status());
    }

    private static JsonNode read(String line) {
        try {
            return Json.MAPPER.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }

    /** The event stream, read to its end: each event as its lines ("event: ...\ndata: ..."). */
    private static List<String> events(String id) throws Exception {
        HttpResponse<InputStream> r = TestServer.CLIENT.send(HttpRequest.newBuilder(server.uri("/v1/batches/" + id + "/events"))
                .header("Authorization", TestServer.bearer(key)).header("Accept", "text/event-stream")
                .timeout(Duration.ofMinutes(2)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));
        List<String> events = new ArrayList<>();
        StringBuilder event = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isEmpty()) {
                    if (event.length() > 0) events.add(event.toString().strip());
                    event.setLength(0);
                } else {
                    event.append(line).append('\n');
                }
            }
        }
        return events;
    }
}
