package org.casemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void migrationsRunOnceInOrderAndSetWal() throws Exception {
        try (Store s = Store.open(dir)) {
            assertEquals(Store.migrations().size(), s.schemaVersion());
        }
        try (Store s = Store.open(dir)) {   // reopening applies nothing twice
            assertEquals(Store.migrations().size(), s.schemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            assertEquals("wal", rs.getString(1));
        }
    }

    @Test
    void migrationScriptsSplitIntoStatements() {
        assertEquals(List.of("CREATE TABLE a (x TEXT)", "CREATE TABLE b (y TEXT)"),
                Store.statements("-- a comment; with a semicolon\nCREATE TABLE a (x TEXT);\nCREATE TABLE b (y TEXT);\n"));
    }

    @Test
    void keysAreStoredOnlyAsHashesAndCanBeRevoked() throws Exception {
        String key;
        try (Store s = Store.open(dir)) {
            Store.NewKey k = s.createKey("acme", ApiKey.TENANT);
            key = k.key();
            assertTrue(key.matches("cm_[0-9a-f]{16}_[A-Za-z0-9_-]{43}"), key);
            assertEquals("acme", s.authenticate(key).orElseThrow().tenant());
            assertTrue(s.authenticate(key + "x").isEmpty());
            assertTrue(s.authenticate("cm_" + k.apiKey().keyId() + "_wrong").isEmpty());
            assertTrue(s.authenticate("garbage").isEmpty());
            assertTrue(s.revokeKey(k.apiKey().keyId()));
            assertTrue(s.authenticate(key).isEmpty());
            assertFalse(s.revokeKey("0000000000000000"));
            assertThrows(IllegalArgumentException.class, () -> s.createKey("bad tenant!", ApiKey.TENANT));
        }
        String secret = key.substring("cm_".length() + 16 + 1);   // the secret itself may contain '_'
        for (Path f : Files.list(dir).toList()) {
            assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(secret), f.toString());
        }
    }

    @Test
    void submissionsPageByCursorPerTenant() {
        try (Store s = Store.open(dir)) {
            for (int i = 0; i < 3; i++) {
                s.saveSubmission(new Store.NewSubmission(Store.newSubmissionId(), "t1", "l", null, "r", "1", "e",
                        "text " + i, "{}"), null, 201, sub -> "{}");
            }
            s.saveSubmission(new Store.NewSubmission(Store.newSubmissionId(), "t2", "l", null, "r", "1", "e",
                    "other", "{}"), null, 201, sub -> "{}");
            Store.Page p1 = s.submissions("t1", null, null, null, 2);
            assertEquals(2, p1.items().size());
            Store.Page p2 = s.submissions("t1", null, null, p1.nextCursor(), 2);
            assertEquals(List.of("text 2"), p2.items().stream().map(Submission::text).toList());
            assertEquals(null, p2.nextCursor());
            assertThrows(Store.BadCursorException.class, () -> s.submissions("t1", null, null, "!!", 2));
            assertEquals(1, s.submissions("t2", null, null, null, 10).items().size());
        }
    }
}
