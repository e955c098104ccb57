package org.casemark.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A browser test class: one server of the default settings (its data in {@code dir/data}) and one {@link Browser}
 * against it (downloading to {@code dir/downloads}), opened before the class's tests and closed after them. The
 * fields are static, as the {@code @BeforeAll}/{@code @AfterAll} of a class's own are; test classes run one at a
 * time (nothing configures JUnit to run them in parallel).
 */
abstract class InBrowser {
    @TempDir
    static Path dir;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void openBrowser() throws Exception {
        server = TestServer.start(dir.resolve("data")).ready();
        browser = Browser.open(server, Files.createDirectories(dir.resolve("downloads")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) browser.close();
        if (server != null) server.close();
        browser = null;
        server = null;
    }
}
