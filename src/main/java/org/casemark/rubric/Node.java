package org.casemark.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * A node of a rubric file with its JSON pointer and the name of the rubric part it belongs to: the typed reads the
 * loader needs ({@code text}, {@code intIn}, {@code strings}, ...), each failing with the node's line and column.
 */
final class Node {
    final JsonNode node;
    final String pointer;
    final String where;
    private final YamlLocations locations;

    Node(JsonNode node, String pointer, String where, YamlLocations locations) {
        this.node = node;
        this.pointer = pointer;
        this.where = where;
        this.locations = locations;
    }

    Node named(String where) {
        return new Node(node, pointer, where, locations);
    }

    RubricException fail(String cause) {
        return locations.error(pointer, where, cause);
    }

    Node at(String field) {
        JsonNode n = node.get(field);
        return new Node(n == null ? MissingNode.getInstance() : n, pointer + "/" + field, where, locations);
    }

    Node at(int index) {
        return new Node(node.get(index), pointer + "/" + index, where, locations);
    }

    Node child(String field) {
        Node c = at(field);
        if (c.node.isMissingNode() || c.node.isNull()) throw fail("missing '" + field + "'");
        return c;
    }

    void only(String... allowed) {
        if (!node.isObject()) throw fail("expected a mapping");
        Set<String> ok = Set.of(allowed);
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!ok.contains(f)) throw at(f).fail("unknown field '" + f + "' (allowed: " + String.join(", ", allowed) + ")");
        }
    }

    String text(String field) {
        Node c = child(field);
        if (!c.node.isTextual() && !c.node.isNumber()) throw c.fail("'" + field + "' must be text");
        String s = c.node.asText();
        if (s.isBlank()) throw c.fail("'" + field + "' must not be blank");
        return s.strip();
    }

    boolean bool(String field) {
        Node c = child(field);
        if (!c.node.isBoolean()) throw c.fail("'" + field + "' must be true or false");
        return c.node.booleanValue();
    }

    int intIn(String field, int min, int max) {
        Node c = child(field);
        if (!c.node.isIntegralNumber()) throw c.fail("'" + field + "' must be a whole number");
        int v = c.node.intValue();
        if (v < min || v > max) throw c.fail("'" + field + "' must be in " + min + ".." + max + ", was " + v);
        return v;
    }

    double share(String field) {
        Node c = child(field);
        if (!c.node.isNumber()) throw c.fail("'" + field + "' must be a number");
        double v = c.node.doubleValue();
        if (v < 0 || v > 1) throw c.fail("'" + field + "' must be in 0..1, was " + v);
        return v;
    }

    List<String> strings() {
        if (!node.isArray()) throw fail("expected a list");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode e = node.get(i);
            if (!e.isTextual()) throw at(i).fail("expected text, found " + e.getNodeType().name().toLowerCase() + " '" + e.asText() + "' (put it in quotes)");
            if (e.asText().isBlank()) throw at(i).fail("expected non-blank text");
            out.add(e.asText().strip());
        }
        return out;
    }

    List<String> optStrings(String field) {
        Node c = at(field);
        if (c.node.isMissingNode() || c.node.isNull()) return List.of();
        if (c.node.isTextual()) return List.of(c.node.asText().strip());
        return c.strings();
    }
}
