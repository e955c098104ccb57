package org.casemark;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;
import org.casemark.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of a real {@code casemark batch} process in the middle of a class: the same command run again
 * grades what was left, and in the end every submission is graded exactly once (one stored grade each, one line
 * each in the results, in input order); a third run finds the same input, grades nothing and writes the same
 * results.
 */
class BatchCrashIT {
    static final int ESSAYS = 120;

    @TempDir
    Path dir;

    @Test
    void aBatchKilledMidwayResumesWithNothingLostOrDoubled() throws Exception {
        Path input = dir.resolve("class.jsonl");
        List<String> bench = Files.readAllLines(Path.of("samples/bench/essays.jsonl"));
        List<String> lines = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < ESSAYS; i++) {
            JsonNode essay = Json.MAPPER.readTree(bench.get(i % bench.size()));
            String id = "s" + (1000 + i);
            ids.add(id);
            lines.add(Json.MAPPER.writeValueAsString(java.util.Map.of("id", id, "learner_id", "L" + i,
                    "text", essay.get("text").asText() + "\n\n(learner " + i + ")")));
        }
        Files.write(input, lines);
        Path out = dir.resolve("out");

        Process first = batch(input, out, dir.resolve("first.log"));
        Path db = out.resolve(Store.FILE_NAME);
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        int atKill;
        while ((atKill = graded(db)) < 15) {
            assertTrue(first.isAlive(), "the first run ended before the kill: " + Files.readString(dir.resolve("first.log")));
            assertTrue(System.nanoTime() < deadline, "grading never got under way");
            Thread.sleep(20);
        }
        first.destroyForcibly();   // SIGKILL: no shutdown hook, nothing flushed
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, first.exitValue());
        int stored = graded(db);
        List<String> leased = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var rs = c.createStatement().executeQuery("SELECT submission_id FROM grading_jobs WHERE state = 'running'")) {
            while (rs.next()) leased.add(rs.getString(1));
        }
        System.out.println("at kill -9: " + stored + " of " + ESSAYS + " graded, " + leased.size() + " being graded");
        assertTrue(!leased.isEmpty(), "a submission was being graded when the process died");
        assertTrue(stored < ESSAYS, "work was left at the kill");

        Process second = batch(input, out, dir.resolve("second.log"));
        assertTrue(second.waitFor(5, TimeUnit.MINUTES));
        String log = Files.readString(dir.resolve("second.log"));
        assertEquals(0, second.exitValue(), log);
        assertTrue(log.contains("was handed over before (same content): " + stored + " of " + ESSAYS + " already done"), log);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            assertEquals(ESSAYS, count(c, "SELECT COUNT(*) FROM submissions"), "every submission graded");
            assertEquals(ESSAYS, count(c, "SELECT COUNT(DISTINCT external_id) FROM submissions"), "none twice");
            assertEquals(ESSAYS, count(c, "SELECT COUNT(*) FROM grading_jobs WHERE state = 'done'"));
            assertEquals(1, count(c, "SELECT COUNT(*) FROM batches"));
            for (String job : leased) {
                assertEquals(2, count(c, "SELECT attempts FROM grading_jobs WHERE submission_id = '" + job + "'"),
                        job + ": claimed again after the kill, stored once");
            }
        }
        List<String> results = Files.readAllLines(out.resolve("results.jsonl"));
        List<String> resultIds = new ArrayList<>();
        for (String r : results) {
            JsonNode n = Json.MAPPER.readTree(r);
            resultIds.add(n.get("id").asText());
            assertEquals("graded", n.get("status").asText(), r.substring(0, Math.min(200, r.length())));
        }
        assertEquals(ids, resultIds, "one result per submission, in input order");
        assertEquals(ESSAYS + 1, Files.readAllLines(out.resolve("results.csv")).size());

        Process third = batch(input, out, dir.resolve("third.log"));
        assertTrue(third.waitFor(5, TimeUnit.MINUTES));
        String again = Files.readString(dir.resolve("third.log"));
        assertEquals(0, third.exitValue(), again);
        assertTrue(again.contains(ESSAYS + " of " + ESSAYS + " already done"), "a re-run is detected: " + again);
        assertEquals(results, Files.readAllLines(out.resolve("results.jsonl")), "the same results, nothing regraded");
    }

    private static Process batch(Path input, Path out, Path log) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "-Xmx1g", "-jar", CasemarkProcess.JAR.toString(), "batch", "--rubric",
                "gm-case-study", "--input", input.toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int graded(Path db) throws Exception {
        if (!Files.exists(db)) return 0;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.createStatement().execute("PRAGMA busy_timeout = 5000");
            return count(c, "SELECT COUNT(*) FROM submissions");
        } catch (java.sql.SQLException e) {
            return 0;   // the schema is not there yet
        }
    }

    private static int count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
