package org.casemark.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import org.casemark.core.ComponentResult;
import org.casemark.core.Flags;
import org.casemark.core.GradeResult;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each export layout, with the issue's payloads: {@code =1+2";=1+2} in every free-text cell is shown as text,
 * never run (OWASP), and survives a CSV reader intact behind its apostrophe; {@code -5} and the numbers round-trip.
 */
class ExportTest {
    static final String FORMULA = "=1+2\";=1+2";
    static final RubricSummary RUBRIC = new RubricSummary("gm-case-study", "v1", "GM", "d", 4, List.of(
            new RubricSummary.Component("system", "System", "d", 2, List.of()),
            new RubricSummary.Component("proxy_goal", "Proxy", "d", 2, List.of())));

    static GradeResult graded(String id, int system, int proxy, String feedback, String reason) {
        return new GradeResult(id, "gm-case-study", "v1", "0.1.0", GradeResult.GRADED, null, system + proxy, 4,
                List.of(component("system", system, "system.named"), component("proxy_goal", proxy, "proxy.why")),
                new Flags(false, false, reason != null, "en", reason == null ? List.of() : List.of(reason)),
                feedback, null);
    }

    static ComponentResult component(String key, int score, String missing) {
        return new ComponentResult(key, score, 2, ComponentResult.statusFor(score, 2), 0.9, List.of(), List.of(),
                score == 2 ? List.of() : List.of(missing), "fb");
    }

    static List<BatchResult> results() {
        GradeResult review = new GradeResult("r", "gm-case-study", "v1", "0.1.0", GradeResult.NEEDS_REVIEW,
                List.of("off-topic in doubt"), 3, 4, List.of(component("system", 2, "x"), component("proxy_goal", 1, "proxy.why")),
                new Flags(false, false, false, "en", List.of()), "provisional", null);
        return List.of(
                new BatchResult(0, "sub_1", FORMULA, "-5", FORMULA, "in.csv:2", "done",
                        graded(FORMULA, 2, 1, FORMULA, FORMULA), null),
                new BatchResult(1, "sub_2", "-5", "12345", "smithjane", "in.csv:3", "done", graded("-5", 2, 2, "-5", null), null),
                new BatchResult(2, "sub_3", "r", "777", null, "in.csv:4", "done", review, null),
                new BatchResult(3, "sub_4", "bad", "888", null, "in.csv:5", "done",
                        GradeResult.rejected("bad", "gm-case-study", "v1", "0.1.0", "in.csv:5: text is blank"), null),
                new BatchResult(4, "sub_5", "wait", "999", null, "in.csv:6", "queued", null, null));
    }

    static String write(Export format) throws Exception {
        StringWriter out = new StringWriter();
        format.write(results(), RUBRIC, FORMULA, out);
        return out.toString();
    }

    static List<List<String>> rows(String csv) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
                .readerForListOf(String.class).readValues(csv)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    @Test
    void theResultsCsvHasOneRowPerSubmissionAndEscapesFreeText() throws Exception {
        String csv = write(Export.CSV);
        List<List<String>> rows = rows(csv);
        assertEquals(List.of("id", "learner_id", "learner_name", "status", "total", "max", "system", "proxy_goal",
                "misconception", "off_topic", "gaming", "language", "flag_reasons", "review_reasons", "feedback", "error",
                "source", "submission_id", "rubric_version", "engine_version"), rows.get(0));
        assertEquals(6, rows.size());
        List<String> first = rows.get(1);
        assertEquals("'" + FORMULA, first.get(0), "id: shown as text");
        assertEquals("-5", first.get(1), "a number is not a formula: unchanged");
        assertEquals("'" + FORMULA, first.get(2));
        assertEquals(List.of("graded", "3", "4", "2", "1"), first.subList(3, 8));
        assertEquals("'" + FORMULA, first.get(12), "flag reasons");
        assertEquals("'" + FORMULA, first.get(14), "feedback");
        assertTrue(csv.contains("\"'=1+2\"\";=1+2\""), "quoted, the quote doubled: " + csv);
        List<String> second = rows.get(2);
        assertEquals(List.of("-5", "12345", "smithjane", "graded", "4"), second.subList(0, 5));
        assertEquals("-5", second.get(14), "feedback that is a number stays a number");
        assertEquals(List.of("needs_review", "3"), rows.get(3).subList(3, 5));
        assertEquals("off-topic in doubt", rows.get(3).get(13));
        assertEquals(List.of("rejected", ""), rows.get(4).subList(3, 5));
        assertEquals("in.csv:5: text is blank", rows.get(4).get(15));
        assertEquals("queued", rows.get(5).get(3));
        for (List<String> row : rows) {
            for (String cell : row) {
                assertTrue(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0 || cell.matches("[+-]?[0-9.]+"),
                        "a cell that a spreadsheet would run: " + cell);
            }
        }
    }

    @Test
    void canvasGradebookImport() throws Exception {
        List<List<String>> rows = rows(write(Export.CANVAS));
        assertEquals(List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", "'" + FORMULA), rows.get(0));
        assertEquals(List.of("Points Possible", "", "", "", "", "4"), rows.get(1));
        assertEquals(List.of("'" + FORMULA, "-5", "", "", "", "3"), rows.get(2));
        assertEquals(List.of("smithjane", "12345", "", "", "", "4"), rows.get(3));
        assertEquals("", rows.get(4).get(5), "in review: no grade imported");
        assertEquals("", rows.get(5).get(5), "rejected: no grade imported");
        assertEquals(7, rows.size());
    }

    @Test
    void moodleGradingWorksheet() throws Exception {
        List<List<String>> rows = rows(write(Export.MOODLE));
        assertEquals(List.of("Identifier", "Full name", "Grade", "Maximum Grade", "Feedback comments"), rows.get(0));
        assertEquals(List.of("Participant -5", "'" + FORMULA, "3", "4", "'" + FORMULA), rows.get(1));
        assertEquals(List.of("Participant 12345", "smithjane", "4", "4", "-5"), rows.get(2));
        assertEquals(List.of("Participant 777", "777", "", "4", ""), rows.get(3));
    }

    @Test
    void jsonlKeepsEveryValueExactly() throws Exception {
        List<String> lines = write(Export.JSONL).lines().toList();
        assertEquals(5, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals(FORMULA, first.get("id").asText(), "JSON needs no escaping: the value is exact");
        assertEquals("-5", first.get("learner_id").asText());
        assertEquals(3, first.path("grade").path("total").asInt());
        assertEquals("queued", Json.MAPPER.readTree(lines.get(4)).get("status").asText());
    }

    @Test
    void cellsAreEscapedOnlyWhenASpreadsheetWouldRunThem() {
        assertEquals("'=1+2\";=1+2", CsvCell.of(FORMULA));
        for (String risky : List.of("+A1", "-A1", "@SUM(1)", "\t=1", "\r=1", "-1+2", "=5")) {
            assertEquals("'" + risky, CsvCell.of(risky));
        }
        for (String safe : List.of("-5", "+12.5", "12345", "plain text", "", "a=b")) assertEquals(safe, CsvCell.of(safe));
    }
}
