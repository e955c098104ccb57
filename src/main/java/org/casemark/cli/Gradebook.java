package org.casemark.cli;

import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.casemark.core.ComponentResult;
import org.casemark.core.GradeResult;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The instructor's gradebook: one CSV row per essay (id, status, total, max, one column per component, the flags,
 * and the error of a rejected line), in the order the essays were given. Spreadsheet- and LMS-import friendly.
 */
final class Gradebook implements AutoCloseable {
    private static final CsvMapper CSV = new CsvMapper();

    private final Writer out;
    private final List<String> components;
    private final CsvSchema schema;
    private final com.fasterxml.jackson.databind.SequenceWriter rows;

    Gradebook(Writer out, List<String> components) throws IOException {
        this.out = out;
        this.components = List.copyOf(components);
        CsvSchema.Builder b = CsvSchema.builder();
        List<String> columns = new ArrayList<>(List.of("id", "status", "total", "max"));
        columns.addAll(components);
        columns.addAll(List.of("misconception", "off_topic", "gaming", "language", "review_reasons", "rubric_version",
                "engine_version", "error"));
        columns.forEach(b::addColumn);
        this.schema = b.build().withHeader();
        this.rows = CSV.writer(schema).writeValues(out);
    }

    void add(GradeResult r) throws IOException {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("status", r.status());
        row.put("total", r.total());
        row.put("max", r.max());
        for (String key : components) {
            Integer score = null;
            if (r.total() != null) {   // graded, or a provisional grade in review
                for (ComponentResult c : r.components()) if (c.key().equals(key)) score = c.score();
            }
            row.put(key, score);
        }
        row.put("misconception", r.flags() == null ? null : r.flags().misconception());
        row.put("off_topic", r.flags() == null ? null : r.flags().offTopic());
        row.put("gaming", r.flags() == null ? null : r.flags().gaming());
        row.put("language", r.flags() == null ? null : r.flags().language());
        row.put("review_reasons", r.reviewReasons() == null ? null : String.join("; ", r.reviewReasons()));
        row.put("rubric_version", r.rubricVersion());
        row.put("engine_version", r.engineVersion());
        row.put("error", r.error());
        rows.write(row);
        rows.flush();
    }

    @Override
    public void close() throws IOException {
        rows.close();
        out.close();
    }
}
