package org.casemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ServeAndKeysCommandTest {
    @Test
    void portComesFromTheFlagThenTheEnvironmentThen7070() {
        assertEquals(8080, ServeCommand.port("8080", "9090"));
        assertEquals(9090, ServeCommand.port(null, "9090"));
        assertEquals(7070, ServeCommand.port(null, null));
        assertThrows(Main.UsageException.class, () -> ServeCommand.port(null, "seventy"));
        assertThrows(Main.UsageException.class, () -> ServeCommand.port("70000", null));
    }

    @Test
    void keysCreateListRevoke(@TempDir Path dir) {
        String data = dir.toString();
        String[] created = run("keys", "create", "--tenant", "acme", "--data", data);
        assertEquals("0", created[0]);
        String key = created[1].strip();
        assertTrue(key.matches("cm_[0-9a-f]{16}_\\S{43}"), key);
        String keyId = key.split("_")[1];
        assertTrue(run("keys", "list", "--data", data)[1].contains(keyId + "  acme  tenant"));
        assertEquals("0", run("keys", "revoke", keyId, "--data", data)[0]);
        assertTrue(run("keys", "list", "--data", data)[1].contains("revoked"));
        assertEquals("2", run("keys", "revoke", "0000000000000000", "--data", data)[0]);
        String[] again = run("keys", "revoke", key, "--data", data);
        assertEquals("0", again[0], "the whole key is accepted too");
        assertTrue(again[1].contains(keyId + " was already revoked at "), "a second revoke says so: " + again[1]);
        assertEquals("2", run("keys", "list", "--data", dir.resolve("typo").toString())[0], "no new database for a typo");
        assertEquals("2", run("keys", "create", "--tenant", "bad name", "--data", data)[0]);
    }

    @Test
    void aPortInUseIsOneClearLineAndLeavesNoData(@TempDir Path dir) throws Exception {
        try (java.net.ServerSocket holder = new java.net.ServerSocket(0)) {
            Path data = dir.resolve("data");
            String[] r = run("serve", "--port", Integer.toString(holder.getLocalPort()), "--data", data.toString());
            assertEquals("2", r[0]);
            assertTrue(r[2].startsWith("casemark serve: cannot listen on 0.0.0.0:" + holder.getLocalPort()), r[2]);
            assertEquals(1, r[2].strip().lines().count(), r[2]);
            assertTrue(!java.nio.file.Files.exists(data), "no database (and no admin key shown to nobody) on a failed start");
        }
    }

    static String[] run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new String[]{Integer.toString(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
    }
}
