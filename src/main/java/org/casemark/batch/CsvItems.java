package org.casemark.batch;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CSV input: a header row, then one submission per row. A row without text (or with a broken quote) is reported
 * with its line; a missing column stops the batch before anything is stored, naming the columns the file has.
 */
final class CsvItems {
    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    private CsvItems() {
    }

    static List<BatchItem> items(String name, byte[] bytes, CsvColumns columns) {
        String content;
        try {
            content = DocumentText.utf8(bytes);
        } catch (Unreadable e) {
            throw new BadInput(name + ": " + e.getMessage());
        }
        List<BatchItem> items = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(content)) {
            List<String> header = null;
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                Map<String, String> row;
                try {
                    row = rows.nextValue();
                } catch (RuntimeException e) {
                    String where = name + ":" + line;
                    items.add(new BatchItem(items.size(), "line-" + line, null, null, where, null,
                            where + ": not a valid CSV row: " + e.getMessage().lines().findFirst().orElse("")));
                    continue;
                }
                if (header == null) {
                    header = List.copyOf(row.keySet());
                    for (String c : new String[]{columns.id(), columns.text(), columns.learner()}) {
                        if (c != null && !row.containsKey(c)) {
                            throw new BadInput(name + ":1: no column '" + c + "' (columns: " + String.join(", ", header)
                                    + "; choose others with --id-column, --text-column, --learner-column)");
                        }
                    }
                }
                String where = name + ":" + line;
                String id = row.get(columns.id());
                if (id == null || id.isBlank()) id = "line-" + line;
                String learnerColumn = columns.learner() != null ? columns.learner()
                        : row.containsKey("learner_id") ? "learner_id" : null;
                String learner = learnerColumn == null ? null : blankToNull(row.get(learnerColumn));
                String text = row.get(columns.text());
                if (text == null) {
                    items.add(BatchItem.unreadable(items.size(), id, learner, null, where, "the row has no '"
                            + columns.text() + "' cell"));
                } else {
                    items.add(BatchItem.read(items.size(), id, learner, null, where, text));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInput b) throw b;
            throw new BadInput(name + ": not a readable CSV file (" + e.getMessage().lines().findFirst().orElse("") + ")");
        }
        return items;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
