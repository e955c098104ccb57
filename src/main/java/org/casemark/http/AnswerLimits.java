package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Iterator;
import java.util.Map;

/**
 * The limits on a quiz answers document, checked before anything is scored: a free-text {@code why} up to
 * {@link Limits#maxWhyChars()} (413 past it), every other string and every key (item, option, term, scenario and
 * category ids) up to {@link Limits#maxIdChars()}, every list or object up to {@link Limits#maxListItems()}
 * entries (422 past them).
 */
final class AnswerLimits {
    private AnswerLimits() {
    }

    static void check(JsonNode answers, Limits limits, String where) {
        check(answers, null, limits, where);
    }

    private static void check(JsonNode node, String key, Limits limits, String where) {
        if (node.isTextual()) {
            int n = node.asText().length();
            if ("why".equals(key) && n > limits.maxWhyChars()) {
                throw Problem.tooLarge(where + ": a \"why\" is " + n + " characters; the limit is "
                        + limits.maxWhyChars());
            }
            if (!"why".equals(key) && n > limits.maxIdChars()) {
                throw Problem.invalid(where + ": an answer id is " + n + " characters; the limit is "
                        + limits.maxIdChars());
            }
        } else if (node.isContainerNode()) {
            if (node.size() > limits.maxListItems()) {
                throw Problem.invalid(where + ": a list of " + node.size() + " entries; the limit is "
                        + limits.maxListItems());
            }
            if (node.isArray()) {
                for (JsonNode item : node) check(item, null, limits, where);
            } else {
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getKey().length() > limits.maxIdChars()) {
                        throw Problem.invalid(where + ": an id is " + e.getKey().length()
                                + " characters; the limit is " + limits.maxIdChars());
                    }
                    check(e.getValue(), e.getKey(), limits, where);
                }
            }
        }
    }
}
