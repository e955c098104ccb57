package org.casemark.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.casemark.core.RubricSummary;
import org.casemark.json.Json;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What an instructor sets on review: a score for every component of the rubric (in the rubric's order), the three
 * flags, and a comment for the learner (may be empty). {@link #parse} checks a request against the rubric, with
 * one message per mistake naming the field.
 */
public record GradeOverride(Map<String, Integer> scores, boolean misconception, boolean offTopic, boolean gaming,
                            String comment) {
    /** The longest comment kept. */
    public static final int MAX_COMMENT_CHARS = 4_000;

    public GradeOverride {
        scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        comment = comment == null ? "" : comment.strip();
    }

    /** Thrown for a review that does not fit the rubric; the message names the field. */
    public static final class Invalid extends RuntimeException {
        public Invalid(String message) {
            super(message);
        }
    }

    public int total() {
        return scores.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Reads {@code {"scores": {component: n}, "flags": {...}, "comment": "..."}}; every component must be scored. */
    public static GradeOverride parse(JsonNode body, RubricSummary rubric) {
        JsonNode s = body.get("scores");
        if (s == null || !s.isObject()) throw new Invalid("scores is required: an object of component: score");
        for (Iterator<String> it = s.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (rubric.components().stream().noneMatch(c -> c.key().equals(k))) {
                throw new Invalid("scores." + k + ": not a component of " + rubric.id());
            }
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (RubricSummary.Component c : rubric.components()) {
            JsonNode v = s.get(c.key());
            if (v == null || v.isNull()) throw new Invalid("scores." + c.key() + " is required");
            if (!v.isIntegralNumber() || v.asInt() < 0 || v.asInt() > c.max()) {
                throw new Invalid("scores." + c.key() + " must be a whole number in 0.." + c.max() + ", was " + v);
            }
            scores.put(c.key(), v.asInt());
        }
        JsonNode flags = body.path("flags");
        if (!flags.isMissingNode() && !flags.isNull() && !flags.isObject()) throw new Invalid("flags must be an object");
        JsonNode comment = body.get("comment");
        if (comment != null && !comment.isNull() && !comment.isTextual()) throw new Invalid("comment must be a string");
        String text = comment == null || comment.isNull() ? "" : comment.asText();
        if (text.length() > MAX_COMMENT_CHARS) {
            throw new Invalid("comment is " + text.length() + " characters; the limit is " + MAX_COMMENT_CHARS);
        }
        return new GradeOverride(scores, flag(flags, "misconception"), flag(flags, "off_topic"),
                flag(flags, "gaming"), text);
    }

    private static boolean flag(JsonNode flags, String name) {
        JsonNode v = flags.get(name);
        if (v == null || v.isNull()) return false;
        if (!v.isBoolean()) throw new Invalid("flags." + name + " must be true or false");
        return v.asBoolean();
    }

    /** As stored and shown: {@code {"scores", "flags", "total", "comment"}}. */
    public ObjectNode json() {
        ObjectNode o = Json.MAPPER.createObjectNode();
        ObjectNode s = o.putObject("scores");
        scores.forEach(s::put);
        ObjectNode f = o.putObject("flags");
        f.put("misconception", misconception);
        f.put("off_topic", offTopic);
        f.put("gaming", gaming);
        o.put("total", total());
        o.put("comment", comment);
        return o;
    }

    /** Reads what {@link #json()} wrote. */
    public static GradeOverride of(JsonNode stored) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        stored.path("scores").fields().forEachRemaining(e -> scores.put(e.getKey(), e.getValue().asInt()));
        JsonNode f = stored.path("flags");
        return new GradeOverride(scores, f.path("misconception").asBoolean(), f.path("off_topic").asBoolean(),
                f.path("gaming").asBoolean(), stored.path("comment").asText(""));
    }
}
