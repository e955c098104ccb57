package org.casemark.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A JSONL file of {@code {"id","text"}} objects, line by line: each line is its JSON object, or the reason it cannot
 * be read ({@code file:line: ...}), so one bad line never stops the rest. Shared by {@code grade} and batches.
 */
public final class JsonLines {
    /** One line: its number, {@code file:line}, and its object or error. */
    public record Line(int number, String where, JsonNode json, String error) {
    }

    private JsonLines() {
    }

    public static List<Line> parse(String name, byte[] bytes) {
        List<Line> out = new ArrayList<>();
        int lineNo = 0, from = 0;
        while (from < bytes.length) {
            int to = from;
            while (to < bytes.length && bytes[to] != '\n') to++;
            lineNo++;
            String where = name + ":" + lineNo;
            byte[] line = Arrays.copyOfRange(bytes, from, to);
            from = to + 1;
            String text;
            try {
                text = DocumentText.utf8(line).strip();
            } catch (Unreadable e) {
                out.add(new Line(lineNo, where, null, where + ": not valid UTF-8"));
                continue;
            }
            if (text.isEmpty()) {
                out.add(new Line(lineNo, where, null, where + ": blank line"));
                continue;
            }
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(text);
            } catch (IOException e) {
                out.add(new Line(lineNo, where, null, where + ": not valid JSON: " + e.getMessage().split("\n")[0]));
                continue;
            }
            if (node == null || !node.isObject()) {
                out.add(new Line(lineNo, where, null, where + ": expected a JSON object {\"id\", \"text\"}"));
                continue;
            }
            out.add(new Line(lineNo, where, node, null));
        }
        return out;
    }

    /** The batch items of a JSONL file: {@code id}, {@code text}, and {@code learner_id} when a line has one. */
    static List<BatchItem> items(String name, byte[] bytes) {
        List<BatchItem> items = new ArrayList<>();
        for (Line line : parse(name, bytes)) {
            String id = "line-" + line.number();
            if (line.json() == null) {
                items.add(new BatchItem(items.size(), id, null, null, line.where(), null, line.error()));
                continue;
            }
            JsonNode idNode = line.json().get("id");
            if (idNode != null && !idNode.isNull() && !idNode.asText().isBlank()) id = idNode.asText();
            JsonNode learner = line.json().get("learner_id");
            String learnerId = learner == null || learner.isNull() ? null : learner.asText();
            JsonNode t = line.json().get("text");
            if (t == null || !t.isTextual()) {
                items.add(BatchItem.unreadable(items.size(), id, learnerId, null, line.where(), "missing \"text\" (a string)"));
            } else {
                items.add(BatchItem.read(items.size(), id, learnerId, null, line.where(), t.asText()));
            }
        }
        return items;
    }
}
