package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The instructor's pages in a real browser, in the order an instructor uses them: sign in with an API key, upload
 * a class's CSV, watch the progress bar follow the batch's events to the end, see the class report drawn as charts
 * and download the CSV export; then clear the review queue (a French write-up sent to review) with scores and a
 * comment, and find the override in the next export, with the machine grade kept beside it.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstructorPagesBrowserTest extends InBrowser {
    static final String XSS_LEARNER = "<img src=x onerror=\"window.__xss=1\">";
    static final String FRENCH = "Le système est un robot d'entrepôt entraîné par apprentissage par renforcement pour "
            + "livrer des colis au quai de chargement. Pendant l'entraînement, le quai était toujours éclairé, donc le "
            + "robot a appris à se diriger vers la lumière au lieu du quai. Dans un nouvel entrepôt où la lumière est "
            + "ailleurs, il livrerait les colis au mauvais endroit. Il faudrait varier l'éclairage pendant "
            + "l'entraînement et tester le robot dans des entrepôts où la lumière et le quai ne coïncident pas.";

    static String key;
    static String batchId;

    @BeforeAll
    static void signUp() {
        key = server.key("school");
    }

    static Path classCsv() throws Exception {
        CsvMapper csv = new CsvMapper();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("attempt", "student", "essay"));
        rows.add(List.of("a1", "ada", Files.readString(Path.of("samples/case-studies/complete-headed.txt"))));
        rows.add(List.of("a2", "grace", Files.readString(Path.of("samples/case-studies/vague-shift-generic-fixes.txt"))));
        rows.add(List.of("a3", "linus", Files.readString(Path.of("samples/case-studies/gaming-repeated.txt"))));
        rows.add(List.of("a4", "marie", FRENCH));
        rows.add(List.of("a5", XSS_LEARNER, "<script>window.__xss=2</script> "
                + Files.readString(Path.of("samples/case-studies/bold-run-in-headings.txt"))));
        Path file = dir.resolve("class.csv");
        Files.writeString(file, csv.writeValueAsString(rows));
        return file;
    }

    @Test
    @Order(1)
    void uploadFollowsProgressToTheEndThenDrawsTheReportAndDownloadsTheCsv() throws Exception {
        browser.go("/instructor");
        browser.find("#key").sendKeys(key);
        browser.find("#sign-in button[type=submit]").click();
        browser.shown("#upload", Duration.ofSeconds(60));
        browser.await(Duration.ofSeconds(60), d -> browser.all("#batch-rubric option").size() > 0);
        browser.screenshot("instructor-signed-in");

        // every value the progress bar takes is recorded, from the upload on
        browser.js("""
                window.__progress = [];
                new MutationObserver(() => window.__progress.push(document.getElementById('progress').value))
                  .observe(document.getElementById('progress'), { attributes: true });
                const set = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, 'value').set;
                Object.defineProperty(document.getElementById('progress'), 'value', {
                  set(v) { set.call(this, v); window.__progress.push(v); },
                  get() { return this.getAttribute('value') === null ? 0 : Number(this.getAttribute('value')); } });""");
        browser.find("#upload details summary").click();
        browser.find("#id-column").sendKeys("attempt");
        browser.find("#text-column").sendKeys("essay");
        browser.find("#learner-column").sendKeys("student");
        browser.find("#batch-file").sendKeys(classCsv().toAbsolutePath().toString());
        browser.find("#upload-button").click();

        browser.await(Duration.ofSeconds(120), d -> browser.find("#progress-text").getText().contains("Finished"));
        WebElement progress = browser.find("#progress");
        assertEquals("5", progress.getAttribute("max"));
        assertEquals("5", progress.getAttribute("value"));
        @SuppressWarnings("unchecked")
        List<Number> seen = (List<Number>) browser.js("return window.__progress");
        assertFalse(seen.isEmpty(), "the bar moved");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).doubleValue() >= seen.get(i - 1).doubleValue(), "never goes back: " + seen);
        }
        assertEquals(5, seen.get(seen.size() - 1).intValue(), seen.toString());
        assertEquals(Boolean.TRUE, browser.js("return performance.getEntriesByType('resource')"
                + ".some(e => e.name.includes('/events'))"), "the progress came from the batch's event stream");
        batchId = new Select(browser.find("#batches")).getFirstSelectedOption().getAttribute("value");

        // the charts are Chart.js charts of the class report's numbers
        browser.shown("#report", Duration.ofSeconds(30));
        JsonNode report = server.get("/v1/batches/" + batchId + "/report", "Authorization", TestServer.bearer(key)).json();
        @SuppressWarnings("unchecked")
        List<List<Number>> stacks = (List<List<Number>>) browser.js("return Chart.getChart(document.getElementById("
                + "'coverage-chart')).data.datasets.map(d => d.data)");
        for (int k = 0; k < report.path("components").size(); k++) {
            int i = k;
            JsonNode c = report.path("components").get(i);
            assertEquals(List.of(c.path("met").asInt(), c.path("partial").asInt(), c.path("missing").asInt()),
                    stacks.stream().map(s -> s.get(i).intValue()).toList(), c.path("key").asText());
        }
        @SuppressWarnings("unchecked")
        List<Number> bars = (List<Number>) browser.js("return Chart.getChart(document.getElementById("
                + "'histogram-chart')).data.datasets[0].data");
        assertEquals(13, bars.size(), "totals 0..12");
        assertEquals(report.path("graded").asInt(), bars.stream().mapToInt(Number::intValue).sum());
        assertEquals(Boolean.TRUE, browser.js("const c = document.getElementById('coverage-chart');"
                + "return c.width > 0 && c.height > 0"));
        assertEquals(5, browser.all("#submissions tr[data-submission]").size());
        assertTrue(browser.find("#submissions").getText().contains(XSS_LEARNER), "the learner id shows as text");
        browser.screenshot("instructor-report");

        Map<String, Map<String, String>> rows = downloadCsv();
        assertEquals(5, rows.size());
        assertEquals("graded", rows.get("a1").get("status"));
        assertEquals("needs_review", rows.get("a4").get("status"));
        assertNull(js("return window.__xss"));
    }

    @Test
    @Order(2)
    void openingASubmissionShowsItsHighlights() {
        browser.go("/instructor");
        browser.shown("#signed-in", Duration.ofSeconds(30));
        new Select(browser.await(Duration.ofSeconds(30), d -> browser.all("#batches option").size() > 1
                ? browser.find("#batches") : null)).selectByValue(batchId);
        WebElement open = browser.await(Duration.ofSeconds(60), d -> browser.all("#submissions tr[data-submission] a")
                .stream().findFirst().orElse(null));
        open.click();
        browser.shown("#essay mark", Duration.ofSeconds(30));
        assertTrue(browser.find("#grade-status").getText().startsWith("Graded: 12/12"), browser.find("#grade-status").getText());
        assertTrue(browser.all("#essay mark").size() >= 6);
        browser.screenshot("instructor-submission");
    }

    @Test
    @Order(3)
    void aReviewOverrideIsStoredBesideTheMachineGradeAndIsWhatTheExportReports() throws Exception {
        browser.go("/instructor/review");
        WebElement row = browser.await(Duration.ofSeconds(30), d -> browser.all("#queue tr[data-submission]")
                .stream().filter(r -> r.getText().contains("marie")).findFirst().orElse(null));
        assertTrue(row.getText().contains("English"), "the reason is given: " + row.getText());
        String submission = row.getAttribute("data-submission");
        row.findElement(org.openqa.selenium.By.cssSelector("button")).click();
        browser.shown("#detail", Duration.ofSeconds(30));
        browser.shown("#score-system", Duration.ofSeconds(30));
        Map<String, Integer> scores = Map.of("system", 2, "aligned_goal", 2, "proxy_goal", 2, "distribution_shift", 1,
                "fix_training", 2, "fix_evaluation", 1);
        scores.forEach((k, v) -> new Select(browser.find("#score-" + k)).selectByValue(String.valueOf(v)));
        browser.find("#comment").sendKeys("Clear case; say what harm the wrong deliveries would cause.");
        browser.find("#reviewer").sendKeys("Prof. Hopper");
        browser.screenshot("review-form");
        browser.find("#save").click();
        browser.await(Duration.ofSeconds(30), d -> browser.find("#saved").getText().startsWith("Saved: 10/12 by Prof. Hopper"));
        browser.await(Duration.ofSeconds(30), d -> browser.all("#queue tr[data-submission='" + submission + "']").isEmpty());

        // both kept: the machine grade as it was, the review with who and when
        JsonNode sub = server.get("/v1/submissions/" + submission, "Authorization", TestServer.bearer(key)).json();
        assertEquals("graded", sub.path("status").asText());
        assertEquals(10, sub.path("grade").path("total").asInt());
        assertEquals("needs_review", sub.path("machine_grade").path("status").asText());
        assertEquals("Prof. Hopper", sub.path("review").path("reviewer").asText());
        assertFalse(sub.path("review").path("reviewed_at").asText().isEmpty());
        assertEquals(key.split("_")[1], sub.path("review").path("key_id").asText());

        browser.go("/instructor");
        new Select(browser.await(Duration.ofSeconds(30), d -> browser.all("#batches option").size() > 1
                ? browser.find("#batches") : null)).selectByValue(batchId);
        browser.shown("#exports button", Duration.ofSeconds(30));
        Map<String, Map<String, String>> rows = downloadCsv();
        assertEquals("graded", rows.get("a4").get("status"));
        assertEquals("10", rows.get("a4").get("total"));
        assertEquals("1", rows.get("a4").get("distribution_shift"));
        assertTrue(rows.get("a4").get("feedback").contains("say what harm the wrong deliveries would cause"));
        assertTrue(browser.find("#submissions").getText().contains("graded (reviewed)"));
    }

    private static Object js(String script) {
        return browser.js(script);
    }

    /** Clicks the CSV download and reads the file the browser saved, rows by id. */
    private static Map<String, Map<String, String>> downloadCsv() throws Exception {
        try (Stream<Path> old = Files.list(browser.downloads)) {
            for (Path p : old.toList()) Files.delete(p);
        }
        browser.find("#exports button[data-format=csv]").click();
        Path file = browser.downloaded("results.csv", Duration.ofSeconds(30));
        browser.await(Duration.ofSeconds(10), d -> {
            try (Stream<Path> partial = Files.list(browser.downloads)) {
                return partial.noneMatch(p -> p.toString().endsWith(".crdownload"));
            } catch (Exception e) {
                return false;
            }
        });
        Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).with(CsvParser.Feature.EMPTY_STRING_AS_NULL)
                .readValues(Files.readString(file))) {
            while (it.hasNextValue()) {
                Map<String, String> row = it.nextValue();
                rows.put(row.get("id"), row);
            }
        }
        return rows;
    }
}
