package org.casemark.http;

import org.casemark.store.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import static org.casemark.http.ApiHttpTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 7, against a real server: while another connection holds the database's write lock, a submission
 * is 503 with Retry-After after the store's busy timeout (not 500), reads still answer, and once the lock is
 * released the same submission is stored.
 */
class HeldDatabaseHttpTest {
    @Test
    void aHeldDatabaseIs503WithRetryAfter(@TempDir Path dir) throws Exception {
        try (TestServer s = TestServer.start(dir).ready()) {
            String key = s.key("held");
            String body = SubmissionsHttpTest.submission("h-1", Essays.WAREHOUSE);
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
                 Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");   // the write lock, as a backup or a stray sqlite3 shell would hold it
                st.execute("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'held', 'now')");
                long start = System.nanoTime();
                TestServer.Response r = SubmissionsHttpTest.submit(s, key, body, "Idempotency-Key", "held-1");
                long took = (System.nanoTime() - start) / 1_000_000;
                problem(r, 503);
                assertEquals("1", r.header("Retry-After"));
                assertTrue(r.json().path("detail").asText().contains("locked"), r::toString);
                assertTrue(took >= Store.BUSY_TIMEOUT_MS && took < Store.BUSY_TIMEOUT_MS + 3_000, took + " ms");
                assertEquals(200, s.get("/v1/submissions", "Authorization", TestServer.bearer(key)).status(),
                        "reads go on in WAL mode");
                st.execute("ROLLBACK");
            }
            TestServer.Response stored = SubmissionsHttpTest.submit(s, key, body, "Idempotency-Key", "held-1");
            assertEquals(201, stored.status(), stored::toString);
        }
    }
}
