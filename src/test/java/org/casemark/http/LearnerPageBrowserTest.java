package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.batch.Documents;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learner page in a real browser: the rubric is shown before writing; a write-up typed in and sent by keyboard
 * comes back with its status, the next step first, what is missing, and the learner's own sentences highlighted
 * exactly where the grade's evidence offsets say, one colour per component with a legend.
 */
class LearnerPageBrowserTest extends InBrowser {
    @Test
    void typedWriteUpComesBackWithItsSentencesHighlightedAsTheEvidenceSays() throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/vague-shift-generic-fixes.txt"));
        JsonNode grade = server.postJson("/v1/feedback", Json.MAPPER.createObjectNode().put("rubric", "gm-case-study")
                .put("text", text).toString()).json();

        browser.go("/");
        WebElement rubricView = browser.shown("#rubric-components li", Duration.ofSeconds(60));
        assertTrue(rubricView.getText().contains("The AI system"), rubricView.getText());
        assertEquals(6, browser.all("#rubric-components > li").size(), "the rubric's six components, before writing");
        browser.screenshot("learner-before");

        WebElement area = browser.find("#text");
        area.click();
        area.sendKeys(text);
        new Actions(browser.driver).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();   // past the file input
        assertEquals("submit", browser.driver.switchTo().activeElement().getAttribute("id"), "Tab reaches the button");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();

        WebElement status = browser.shown("#grade-status", Duration.ofSeconds(60));
        assertEquals("Graded: " + grade.path("total").asInt() + "/12", status.getText());
        assertEquals("feedback-title", browser.driver.switchTo().activeElement().getAttribute("id"),
                "focus moves to the feedback");
        String nextStep = browser.find("#next-step").getText();
        assertTrue(nextStep.contains("Next step (up to 1 point, the distribution shift)"), nextStep);
        assertTrue(browser.find("#missing").getText().contains("The distribution shift (1 point to gain)"),
                browser.find("#missing").getText());
        assertEquals(6, browser.all("#legend li").size());
        assertEquals(6, browser.all("#components > li .badge").size());

        // the text is shown exactly, and each character is marked for exactly the components whose evidence covers it
        assertEquals(text, browser.js("return document.getElementById('essay').textContent"));
        @SuppressWarnings("unchecked")
        List<String> shown = (List<String>) browser.js("""
                const out = [];
                for (const node of document.getElementById('essay').childNodes) {
                  const keys = node.nodeType === 1 ? node.dataset.components : '';
                  for (let i = 0; i < node.textContent.length; i++) out.push(keys);
                }
                return out;""");
        List<Set<String>> expected = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) expected.add(new HashSet<>());
        for (JsonNode c : grade.path("components")) {
            for (JsonNode e : c.path("evidence")) {
                for (int i = e.path("start").asInt(); i < e.path("end").asInt(); i++) expected.get(i).add(c.path("key").asText());
            }
        }
        int marked = 0;
        for (int i = 0; i < text.length(); i++) {
            Set<String> got = shown.get(i).isEmpty() ? Set.of() : Set.of(shown.get(i).split(" "));
            assertEquals(expected.get(i), got, "character " + i + " (" + text.charAt(i) + ")");
            if (!got.isEmpty()) marked++;
        }
        assertTrue(marked > 200, "sentences are highlighted: " + marked + " characters");
        List<String> classes = browser.all("#essay mark").stream().map(m -> m.getAttribute("class")).distinct().toList();
        assertTrue(classes.size() >= 5, "one colour per component: " + classes);
        browser.screenshot("learner-feedback");
        List<String> console = browser.console();
        assertTrue(console.stream().noneMatch(l -> l.contains("SEVERE")), "no console error: " + console);
    }

    @Test
    void flagsAreExplainedInPlainWords() throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/gaming-repeated.txt"));
        browser.go("/");
        browser.shown("#rubric-components li", Duration.ofSeconds(60));
        browser.js("document.getElementById('text').value = arguments[0]", text);
        browser.find("#submit").click();
        String flags = browser.shown("#flags", Duration.ofSeconds(60)).getText();
        assertTrue(flags.contains("repeats itself") && flags.contains("Only your own account of a scenario can earn points"),
                flags);
        assertTrue(flags.contains("What raised it: "), "the engine's own reason follows: " + flags);
        browser.screenshot("learner-flags");
    }

    @Test
    void anUploadedDocxIsReadIntoTheTextAndGraded() throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/complete-headed.txt"));
        Path docx = dir.resolve("my case study.docx");
        Files.write(docx, Documents.docx(text.lines().toList()));
        browser.go("/");
        browser.shown("#rubric-components li", Duration.ofSeconds(60));
        browser.find("#document").sendKeys(docx.toAbsolutePath().toString());
        browser.await(Duration.ofSeconds(30), d -> browser.find("#text").getAttribute("value").contains("ShelfScan"));
        browser.find("#submit").click();
        String status = browser.shown("#grade-status", Duration.ofSeconds(60)).getText();
        assertTrue(status.startsWith("Graded: "), status);
        assertEquals(browser.find("#text").getAttribute("value"),
                browser.js("return document.getElementById('essay').textContent"), "the text read is the text marked");
        assertTrue(browser.all("#essay mark").size() >= 6);
    }
}
