package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /docs} in a real browser: Swagger UI, served from its WebJar under the pages' Content-Security-Policy,
 * renders the OpenAPI document this server serves (its title and operations), with no error in the console.
 */
class DocsPageBrowserTest extends InBrowser {
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
