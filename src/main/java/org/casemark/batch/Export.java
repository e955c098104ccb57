package org.casemark.batch;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.casemark.core.ComponentResult;
import org.casemark.core.GradeResult;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A batch's results in the four shapes an instructor takes away, in input order:
 * <ul>
 * <li>{@code jsonl}: one full grade per line (as {@code grade} prints it), with the item's learner and source;</li>
 * <li>{@code csv}: one row per submission: id, learner, status, total, each component, flags with their reasons,
 * review reasons, the overall feedback, the error of a rejected one;</li>
 * <li>{@code canvas}: Canvas's gradebook import ({@code Student, ID, SIS User ID, SIS Login ID, Section}, then the
 * assignment's column, a "Points Possible" row first): ID is the learner's Canvas user id;</li>
 * <li>{@code moodle}: Moodle's grading worksheet upload ({@code Identifier} "Participant N", {@code Full name},
 * {@code Grade}, {@code Maximum Grade}, {@code Feedback comments}).</li>
 * </ul>
 * The gradebook imports carry only final grades: a write-up in review, rejected or not graded has an empty grade,
 * which both systems read as "no change". Every text cell goes through {@link CsvCell}.
 */
public enum Export {
    JSONL("application/x-ndjson", "results.jsonl"),
    CSV("text/csv", "results.csv"),
    CANVAS("text/csv", "canvas-gradebook.csv"),
    MOODLE("text/csv", "moodle-grading-worksheet.csv");

    private static final CsvMapper CSV_MAPPER = new CsvMapper();

    public final String contentType;
    public final String fileName;

    Export(String contentType, String fileName) {
        this.contentType = contentType;
        this.fileName = fileName;
    }

    /** The format named {@code jsonl}, {@code csv}, {@code canvas} or {@code moodle}; null for any other name. */
    public static Export named(String name) {
        return Arrays.stream(values()).filter(f -> f.name().toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElse(null);
    }

    /** Writes {@code results}; {@code assignment} heads Canvas's grade column (e.g. "Case study (1234)"). */
    public void write(List<BatchResult> results, RubricSummary rubric, String assignment, Writer out) throws IOException {
        switch (this) {
            case JSONL -> {
                for (BatchResult r : results) {
                    var line = Json.MAPPER.createObjectNode();
                    line.put("id", r.externalId());
                    line.put("learner_id", r.learnerId());
                    if (r.learnerName() != null) line.put("learner_name", r.learnerName());
                    line.put("source", r.source());
                    line.put("status", r.status());
                    if (r.grade() != null) line.set("grade", Json.MAPPER.valueToTree(r.grade()));
                    if (r.grade() == null && r.error() != null) line.put("error", r.error());
                    out.write(Json.MAPPER.writeValueAsString(line));
                    out.write('\n');
                }
            }
            case CSV -> csv(results, rubric, out);
            case CANVAS -> {
                List<Object[]> rows = new ArrayList<>();
                rows.add(new Object[]{"Points Possible", "", "", "", "", rubric.max()});
                for (BatchResult r : results) {
                    rows.add(new Object[]{text(r.learnerName() == null ? r.learnerId() : r.learnerName()),
                            text(r.learnerId()), "", "", "", finalTotal(r)});
                }
                table(out, List.of("Student", "ID", "SIS User ID", "SIS Login ID", "Section", text(assignment)), rows);
            }
            case MOODLE -> {
                List<Object[]> rows = new ArrayList<>();
                for (BatchResult r : results) {
                    Integer total = finalTotal(r);
                    rows.add(new Object[]{text("Participant " + r.learnerId()),
                            text(r.learnerName() == null ? r.learnerId() : r.learnerName()), total, rubric.max(),
                            total == null ? null : text(r.grade().feedback())});
                }
                table(out, List.of("Identifier", "Full name", "Grade", "Maximum Grade", "Feedback comments"), rows);
            }
        }
        out.flush();
    }

    private static void csv(List<BatchResult> results, RubricSummary rubric, Writer out) throws IOException {
        List<String> header = new ArrayList<>(List.of("id", "learner_id", "learner_name", "status", "total", "max"));
        rubric.components().forEach(c -> header.add(c.key()));
        header.addAll(List.of("misconception", "off_topic", "gaming", "language", "flag_reasons", "review_reasons",
                "feedback", "error", "source", "submission_id", "rubric_version", "engine_version"));
        List<Object[]> rows = new ArrayList<>();
        for (BatchResult r : results) {
            GradeResult g = r.grade();
            List<Object> row = new ArrayList<>(Arrays.asList(text(r.externalId()), text(r.learnerId()),
                    text(r.learnerName()), r.status(), g == null ? null : g.total(), g == null ? null : g.max()));
            for (RubricSummary.Component c : rubric.components()) {
                Integer score = null;
                if (g != null && g.total() != null) {
                    for (ComponentResult k : g.components()) if (k.key().equals(c.key())) score = k.score();
                }
                row.add(score);
            }
            var f = g == null ? null : g.flags();
            row.addAll(Arrays.asList(f == null ? null : f.misconception(), f == null ? null : f.offTopic(),
                    f == null ? null : f.gaming(), f == null ? null : text(f.language()),
                    f == null ? null : text(String.join("; ", f.reasons())),
                    g == null || g.reviewReasons() == null ? null : text(String.join("; ", g.reviewReasons())),
                    g == null ? null : text(g.feedback()),
                    text(g != null ? g.error() : r.error()), text(r.source()), r.submissionId(),
                    g == null ? null : g.rubricVersion(), g == null ? null : g.engineVersion()));
            rows.add(row.toArray());
        }
        table(out, header, rows);
    }

    /** A final grade: the total of a graded write-up; nothing for one in review, rejected or waiting. */
    private static Integer finalTotal(BatchResult r) {
        return r.grade() != null && GradeResult.GRADED.equals(r.grade().status()) ? r.grade().total() : null;
    }

    private static String text(String s) {
        return CsvCell.of(s);
    }

    private static void table(Writer out, List<String> header, List<Object[]> rows) throws IOException {
        CsvSchema.Builder b = CsvSchema.builder();
        header.forEach(b::addColumn);
        CsvSchema schema = b.build().withHeader();
        // strings always quoted (OWASP: and escaped), numbers and booleans as they are
        try (SequenceWriter w = CSV_MAPPER.writer(schema).with(CsvGenerator.Feature.ALWAYS_QUOTE_STRINGS)
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
            for (Object[] row : rows) w.write(row);
        }
    }
}
