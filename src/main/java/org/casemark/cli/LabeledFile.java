package org.casemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.core.Calibration;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file of labelled write-ups in the devset's format ({@code {"id","text","labels":{component: score},"flags":{...}}}
 * per line), each line's labels checked against a rubric: the input of {@code calibrate}, and of the calibration
 * tests. A bad line is a {@link Main.UsageException} naming file and line.
 */
public final class LabeledFile {
    /** One write-up and its labels. */
    public record Entry(String id, String text, Calibration.Label label) {
    }

    private LabeledFile() {
    }

    public static List<Entry> read(String file, Rubric rubric) {
        List<Entry> out = new ArrayList<>();
        for (Inputs.Item item : Inputs.jsonl(file)) out.add(new Entry(item.id(), item.text(), label(item, rubric)));
        return out;
    }

    private static Calibration.Label label(Inputs.Item item, Rubric rubric) {
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        if (item.error() != null) throw new Main.UsageException(item.error());
        JsonNode labels = item.json().get("labels");
        if (labels == null || !labels.isObject()) throw new Main.UsageException(item.where() + ": missing \"labels\" object");
        Map<String, Integer> components = new TreeMap<>();
        for (java.util.Iterator<String> it = labels.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!keys.contains(k)) throw new Main.UsageException(item.where() + ": unknown label '" + k + "' (components: " + String.join(", ", keys) + ")");
        }
        for (String k : keys) {
            JsonNode v = labels.get(k);
            if (v == null) throw new Main.UsageException(item.where() + ": missing label '" + k + "'");
            int max = rubric.components().get(keys.indexOf(k)).max();
            if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > max) {
                throw new Main.UsageException(item.where() + ": labels." + k + " must be a whole number in 0.." + max + ", was " + v);
            }
            components.put(k, v.asInt());
        }
        JsonNode f = item.json().path("flags");
        return new Calibration.Label(item.id(), components, f.path("misconception").asBoolean(false),
                f.path("off_topic").asBoolean(false), f.path("gaming").asBoolean(false),
                f.path("language").asText("en"));
    }

}
