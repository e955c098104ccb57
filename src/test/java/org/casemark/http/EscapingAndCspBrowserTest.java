package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Learner text stays inert: a write-up carrying a script, an event handler and markup shows those characters
 * literally in the feedback and its highlights, and nothing of it runs. The pages carry a Content-Security-Policy
 * that the browser enforces: an inline script put into the page does not run, and the violation is reported.
 */
class EscapingAndCspBrowserTest extends InBrowser {
    static final String PAYLOAD = "<script>window.__xss=1</script><img src=x onerror=\"window.__xss=2\">"
            + "<b onmouseover=\"window.__xss=3\">bold</b>";

    @Test
    void aScriptInAWriteUpShowsLiterallyAndNeverRuns() throws Exception {
        String text = PAYLOAD + "\n\n" + Files.readString(Path.of("samples/case-studies/complete-headed.txt"))
                + "\n\nMy system is a chatbot " + PAYLOAD + " that answers customer questions.";
        browser.go("/");
        browser.shown("#rubric-components li", Duration.ofSeconds(60));
        browser.js("document.getElementById('text').value = arguments[0]", text);   // as a paste would
        browser.find("#submit").click();
        browser.shown("#grade-status", Duration.ofSeconds(60));

        assertEquals(text, browser.js("return document.getElementById('essay').textContent"), "shown as written");
        assertTrue(browser.find("#essay").getText().contains("<script>window.__xss=1</script>"));
        assertEquals(0L, browser.js("return document.querySelectorAll('#result script, #result img, #result b').length"),
                "no element was made of the learner's text");
        browser.find("#essay").click();
        assertNull(browser.js("return window.__xss"), "nothing of it ran");
        browser.screenshot("learner-xss-inert");
    }

    @Test
    void thePagesCarryAContentSecurityPolicyTheBrowserEnforces() throws Exception {
        for (String page : List.of("/", "/quiz", "/instructor", "/instructor/review", "/instructor/submission", "/docs",
                "/static/learner.js", "/v1/quizzes")) {
            String csp = server.get(page).header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && !csp.contains("unsafe-inline")
                    && csp.contains("object-src 'none'") && csp.contains("frame-ancestors 'none'"), page + ": " + csp);
        }
        browser.go("/quiz");
        browser.shown("#items fieldset", Duration.ofSeconds(30));
        browser.console();
        browser.js("""
                window.__violations = [];
                document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));
                const s = document.createElement('script');
                s.textContent = 'window.__inline = 1';
                document.body.append(s);
                const d = document.createElement('div');
                d.innerHTML = '<img src=x onerror="window.__inline = 2">';
                document.body.append(d);""");
        browser.await(Duration.ofSeconds(5), d -> ((List<?>) browser.js("return window.__violations")).size() >= 2);
        assertNull(browser.js("return window.__inline"), "an inline script or handler does not run");
        @SuppressWarnings("unchecked")
        List<String> violated = (List<String>) browser.js("return window.__violations");
        assertTrue(violated.stream().allMatch(v -> v.startsWith("script-src")), violated.toString());
    }
}
