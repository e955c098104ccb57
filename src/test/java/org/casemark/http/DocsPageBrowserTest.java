package org.casemark.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /docs} in a real browser: Swagger UI, served from its WebJar under the pages' Content-Security-Policy,
 * renders the OpenAPI document this server serves (its title and operations), with no error in the console.
 */
class DocsPageBrowserTest {
    @TempDir
    static Path dir;
    static TestServer server;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(dir.resolve("data")).ready();
        browser = Browser.open(server, Files.createDirectories(dir.resolve("downloads")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void swaggerUiRendersTheServedOpenApiDocument() {
        browser.go("/docs");
        String title = browser.shown(".swagger-ui .info .title", Duration.ofSeconds(30)).getText();
        assertTrue(title.contains("casemark"), title);
        browser.shown(".opblock-summary-path[data-path='/v1/feedback']", Duration.ofSeconds(30));
        assertTrue(browser.all(".opblock").size() >= 20, "the operations: " + browser.all(".opblock").size());
        browser.screenshot("docs");
        List<String> console = browser.console();
        assertTrue(console.stream().noneMatch(l -> l.contains("SEVERE") || l.contains("Content Security Policy")),
                "no error, no CSP violation: " + console);
    }
}
