package org.casemark.batch;

/**
 * Which columns of a CSV input hold the submission's id, its text and (optionally) the learner's id. The defaults
 * are {@code id} and {@code text}, and {@code learner_id} when the file has that column.
 */
public record CsvColumns(String id, String text, String learner) {
    public CsvColumns {
        if (id == null || id.isBlank() || text == null || text.isBlank()) throw new IllegalArgumentException("columns");
    }

    public static CsvColumns defaults() {
        return new CsvColumns("id", "text", null);
    }
}
