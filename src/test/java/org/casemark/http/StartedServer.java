package org.casemark.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * A test class that runs against one server of the default settings, on a data directory of its own: started before
 * the class's tests, closed after them. The fields are static, as the {@code @BeforeAll}/{@code @AfterAll} of a
 * class's own are; test classes run one at a time (nothing configures JUnit to run them in parallel).
 */
abstract class StartedServer {
    @TempDir
    static Path data;
    static TestServer s;

    @BeforeAll
    static void startServer() throws Exception {
        s = TestServer.start(data).ready();
    }

    @AfterAll
    static void stopServer() {
        if (s != null) s.close();
        s = null;
    }
}
