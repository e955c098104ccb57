package org.casemark.quiz;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads quiz YAML into a validated {@link Quiz}. The YAML is read token by token so that every value keeps its
 * {@code line:col}; every problem of a file is reported as {@code file:line:col item "id": cause}. Unknown keys are
 * errors too, so a misspelt field never silently does nothing.
 */
public final class QuizLoader {

    /** Quiz files embedded in the jar (under {@code rubrics/}). */
    public static final List<String> EMBEDDED = List.of("gm-quiz.yaml");

    /** Item, option, term, category and scenario ids. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    /** Keys of the wrapped answer form {@code {"answer": ..., "why": ...}}: no term or scenario may use them. */
    private static final Set<String> RESERVED = Set.of("answer", "why");

    private static final YAMLFactory YAML = new YAMLFactory();

    private QuizLoader() {
    }

    /** Loads the embedded quizzes from the classpath, as {@code rubrics/<name>}. */
    public static List<Quiz> loadEmbedded() {
        List<Quiz> quizzes = new ArrayList<>();
        for (String name : EMBEDDED) {
            String resource = "rubrics/" + name;
            try (InputStream in = QuizLoader.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) throw new QuizLoadException(List.of(resource + ": not on the classpath"));
                quizzes.add(load(resource, new InputStreamReader(in, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return quizzes;
    }

    /** Loads every {@code *quiz.yaml} file of a directory, in file-name order. */
    public static List<Quiz> loadDirectory(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("quiz.yaml")).sorted().toList();
        }
        if (files.isEmpty()) throw new QuizLoadException(List.of(dir + ": no *quiz.yaml file"));
        List<Quiz> quizzes = new ArrayList<>();
        for (Path f : files) {
            try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                quizzes.add(load(f.toString(), r));
            }
        }
        return quizzes;
    }

    public static Quiz load(String source, String yaml) {
        return load(source, new StringReader(yaml));
    }

    /** Parses and validates one quiz file; {@code source} is the name errors start with. */
    public static Quiz load(String source, Reader reader) {
        Map<String, JsonLocation> where = new HashMap<>();
        JsonNode root;
        try (JsonParser p = YAML.createParser(reader)) {
            if (p.nextToken() == null) throw new QuizLoadException(List.of(source + ":1:1 quiz: the file is empty"));
            root = read(p, "", where, source);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String msg = e.getOriginalMessage().lines().findFirst().orElse("").trim();
            throw new QuizLoadException(List.of(source + ":" + (at == null ? "1:1" : at.getLineNr() + ":"
                    + at.getColumnNr()) + " quiz: YAML syntax error: " + msg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Validator(source, where).quiz(root);
    }

    /** Builds a tree and records where each value (object fields: where the key) starts, by JSON pointer. */
    private static JsonNode read(JsonParser p, String ptr, Map<String, JsonLocation> where, String source)
            throws IOException {
        where.putIfAbsent(ptr, p.currentTokenLocation());
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case START_OBJECT -> {
                ObjectNode o = f.objectNode();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    JsonLocation at = p.currentTokenLocation();
                    String child = ptr + "/" + name.replace("~", "~0").replace("/", "~1");
                    if (o.has(name)) {
                        throw new QuizLoadException(List.of(source + ":" + at.getLineNr() + ":" + at.getColumnNr()
                                + " quiz: duplicate key \"" + name + "\""));
                    }
                    where.put(child, at);
                    p.nextToken();
                    o.set(name, read(p, child, where, source));
                }
                return o;
            }
            case START_ARRAY -> {
                ArrayNode a = f.arrayNode();
                while (p.nextToken() != JsonToken.END_ARRAY) a.add(read(p, ptr + "/" + a.size(), where, source));
                return a;
            }
            case VALUE_STRING -> {
                return f.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return f.numberNode(p.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return f.numberNode(p.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return f.booleanNode(p.getBooleanValue());
            }
            default -> {
                return f.nullNode();
            }
        }
    }

    /** One validation pass over one file; collects every error before failing. */
    private static final class Validator {
        private final String source;
        private final Map<String, JsonLocation> where;
        private final List<String> errors = new ArrayList<>();
        private String context = "quiz";
        private JsonNode root;

        Validator(String source, Map<String, JsonLocation> where) {
            this.source = source;
            this.where = where;
        }

        Quiz quiz(JsonNode root) {
            this.root = root;
            if (!root.isObject()) {
                error("", "the top level must be a mapping with quiz, title, version and items");
                throw new QuizLoadException(errors);
            }
            keys(root, "", Set.of("quiz", "title", "version", "items"));
            String id = id(root, "", "quiz");
            String title = text(root, "", "title", true);
            String version = text(root, "", "version", true);
            List<QuizItem> items = new ArrayList<>();
            JsonNode list = root.get("items");
            if (list == null || !list.isArray() || list.isEmpty()) {
                error(list == null ? "" : "/items", "items must be a non-empty list");
            } else {
                Set<String> ids = new HashSet<>();
                for (int i = 0; i < list.size(); i++) {
                    String ptr = "/items/" + i;
                    JsonNode item = list.get(i);
                    context = "item #" + (i + 1);
                    if (!item.isObject()) {
                        error(ptr, "an item must be a mapping");
                        continue;
                    }
                    String itemId = id(item, ptr, "id");
                    if (itemId != null) {
                        context = "item \"" + itemId + "\"";
                        if (!ids.add(itemId)) error(ptr + "/id", "duplicate item id");
                    }
                    QuizItem built = item(item, ptr, itemId);
                    if (built != null) items.add(built);
                }
                context = "quiz";
            }
            if (!errors.isEmpty()) throw new QuizLoadException(errors);
            return new Quiz(id, title, version, source, items);
        }

        private QuizItem item(JsonNode n, String ptr, String id) {
            String kind = text(n, ptr, "kind", true);
            if (kind == null) return null;
            int before = errors.size();
            QuizItem built;
            try {
                built = switch (kind) {
                    case "single_choice" -> singleChoice(n, ptr, id);
                    case "multi_select" -> multiSelect(n, ptr, id);
                    case "matching" -> matching(n, ptr, id);
                    case "classification" -> classification(n, ptr, id);
                    default -> {
                        error(ptr + "/kind", "unknown kind \"" + kind
                                + "\" (single_choice, multi_select, matching, classification)");
                        yield null;
                    }
                };
            } catch (IllegalArgumentException e) { // backstop: the records' own checks
                error(ptr, e.getMessage());
                return null;
            }
            return errors.size() == before ? built : null;
        }

        private QuizItem singleChoice(JsonNode n, String ptr, String id) {
            keys(n, ptr, Set.of("id", "kind", "stem", "points", "options", "key", "hint", "why"));
            String stem = text(n, ptr, "stem", true);
            int points = points(n, ptr);
            List<QuizItem.Option> options = options(n, ptr);
            String key = null;
            JsonNode k = n.get("key");
            if (k == null) {
                error(ptr, "missing required field \"key\"");
            } else if (!k.isTextual()) {
                error(ptr + "/key", "key must be one option id");
            } else if (options != null) {
                key = k.asText();
                if (options.stream().noneMatch(o -> o.id().equals(k.asText()))) {
                    error(ptr + "/key", "key \"" + key + "\" is not an option id (options: " + optionIds(options) + ")");
                }
            }
            String hint = text(n, ptr, "hint", false);
            QuizItem.Why why = why(n, ptr);
            return complete() ? new QuizItem.SingleChoice(id, stem, points, options, key, hint, why) : null;
        }

        private QuizItem multiSelect(JsonNode n, String ptr, String id) {
            keys(n, ptr, Set.of("id", "kind", "stem", "points", "options", "key", "hint", "why"));
            String stem = text(n, ptr, "stem", true);
            int points = points(n, ptr);
            List<QuizItem.Option> options = options(n, ptr);
            List<String> key = new ArrayList<>();
            JsonNode k = n.get("key");
            if (k == null) {
                error(ptr, "missing required field \"key\"");
            } else if (!k.isArray() || k.isEmpty()) {
                error(ptr + "/key", "key must be a non-empty list of option ids");
            } else {
                for (int i = 0; i < k.size(); i++) {
                    JsonNode e = k.get(i);
                    if (!e.isTextual()) {
                        error(ptr + "/key/" + i, "key entries must be option ids");
                    } else if (key.contains(e.asText())) {
                        error(ptr + "/key/" + i, "key lists \"" + e.asText() + "\" twice");
                    } else {
                        key.add(e.asText());
                        if (options != null && options.stream().noneMatch(o -> o.id().equals(e.asText()))) {
                            error(ptr + "/key/" + i, "key \"" + e.asText() + "\" is not an option id (options: "
                                    + optionIds(options) + ")");
                        }
                    }
                }
                if (options != null && key.size() >= options.size()) {
                    error(ptr + "/key", "every option is keyed: a multi_select item needs at least one wrong option");
                }
            }
            String hint = text(n, ptr, "hint", false);
            QuizItem.Why why = why(n, ptr);
            return complete() ? new QuizItem.MultiSelect(id, stem, points, options, key, hint, why) : null;
        }

        private QuizItem matching(JsonNode n, String ptr, String id) {
            keys(n, ptr, Set.of("id", "kind", "stem", "terms", "definitions", "why"));
            String stem = text(n, ptr, "stem", true);
            List<QuizItem.Definition> defs = new ArrayList<>();
            for (String dp : list(n, ptr, "definitions")) {
                JsonNode d = at(dp);
                keys(d, dp, Set.of("id", "text", "feedback"));
                String did = id(d, dp, "id");
                unique(defs.stream().map(x -> x.id()).toList(), did, dp, "definition");
                String text = text(d, dp, "text", true);
                String feedback = text(d, dp, "feedback", false);
                if (did != null && text != null) defs.add(new QuizItem.Definition(did, text, feedback));
            }
            List<QuizItem.Term> terms = new ArrayList<>();
            Map<String, String> usedBy = new HashMap<>();
            List<String> termPtrs = list(n, ptr, "terms");
            for (String tp : termPtrs) {
                JsonNode t = at(tp);
                keys(t, tp, Set.of("id", "text", "key", "hint"));
                String tid = id(t, tp, "id");
                if (tid != null && RESERVED.contains(tid)) error(tp + "/id", "\"" + tid + "\" is reserved");
                unique(terms.stream().map(x -> x.id()).toList(), tid, tp, "term");
                String text = text(t, tp, "text", true);
                String key = text(t, tp, "key", true);
                String hint = text(t, tp, "hint", false);
                if (key != null && defs.stream().noneMatch(d -> d.id().equals(key))) {
                    error(tp + "/key", "term \"" + tid + "\": key \"" + key + "\" is not a definition id");
                } else if (key != null && usedBy.containsKey(key)) {
                    error(tp + "/key", "term \"" + tid + "\": definition \"" + key + "\" is already the key of term \""
                            + usedBy.get(key) + "\"");
                }
                if (key != null) usedBy.putIfAbsent(key, tid);
                if (tid != null && text != null && key != null) terms.add(new QuizItem.Term(tid, text, key, hint));
            }
            if (!termPtrs.isEmpty() && defs.size() < termPtrs.size()) {
                error(ptr + "/definitions", "a matching item needs at least as many definitions as terms ("
                        + defs.size() + " definitions, " + termPtrs.size() + " terms)");
            }
            QuizItem.Why why = why(n, ptr);
            return complete() ? new QuizItem.Matching(id, stem, terms, defs, why) : null;
        }

        private QuizItem classification(JsonNode n, String ptr, String id) {
            keys(n, ptr, Set.of("id", "kind", "stem", "categories", "scenarios", "why"));
            String stem = text(n, ptr, "stem", true);
            List<QuizItem.Category> cats = new ArrayList<>();
            for (String cp : list(n, ptr, "categories")) {
                JsonNode c = at(cp);
                keys(c, cp, Set.of("id", "label"));
                String cid = id(c, cp, "id");
                unique(cats.stream().map(x -> x.id()).toList(), cid, cp, "category");
                String label = text(c, cp, "label", true);
                if (cid != null && label != null) cats.add(new QuizItem.Category(cid, label));
            }
            List<QuizItem.Scenario> scenarios = new ArrayList<>();
            for (String sp : list(n, ptr, "scenarios")) {
                JsonNode s = at(sp);
                keys(s, sp, Set.of("id", "text", "key", "hint", "explanation"));
                String sid = id(s, sp, "id");
                if (sid != null && RESERVED.contains(sid)) error(sp + "/id", "\"" + sid + "\" is reserved");
                unique(scenarios.stream().map(x -> x.id()).toList(), sid, sp, "scenario");
                String text = text(s, sp, "text", true);
                String key = text(s, sp, "key", true);
                String hint = text(s, sp, "hint", false);
                String explanation = text(s, sp, "explanation", true);
                if (key != null && cats.stream().noneMatch(c -> c.id().equals(key))) {
                    error(sp + "/key", "scenario \"" + sid + "\": key \"" + key + "\" is not a category id (categories: "
                            + String.join(", ", cats.stream().map(QuizItem.Category::id).toList()) + ")");
                }
                if (sid != null && text != null && key != null && explanation != null) {
                    scenarios.add(new QuizItem.Scenario(sid, text, key, hint, explanation));
                }
            }
            QuizItem.Why why = why(n, ptr);
            return complete() ? new QuizItem.Classification(id, stem, cats, scenarios, why) : null;
        }

        private QuizItem.Why why(JsonNode n, String ptr) {
            JsonNode w = n.get("why");
            if (w == null) return null;
            String wp = ptr + "/why";
            if (!w.isObject()) {
                error(wp, "why must be a mapping with prompt, criteria and optional model_answer");
                return null;
            }
            keys(w, wp, Set.of("prompt", "criteria", "model_answer"));
            String prompt = text(w, wp, "prompt", true);
            String model = text(w, wp, "model_answer", false);
            List<QuizItem.Criterion> criteria = new ArrayList<>();
            for (String cp : list(w, wp, "criteria")) {
                JsonNode c = at(cp);
                keys(c, cp, Set.of("id", "description", "phrases"));
                String cid = id(c, cp, "id");
                unique(criteria.stream().map(x -> x.id()).toList(), cid, cp, "criterion");
                String description = text(c, cp, "description", true);
                List<String> phrases = new ArrayList<>();
                for (String pp : list(c, cp, "phrases")) {
                    JsonNode ph = at(pp);
                    if (!ph.isTextual() || ph.asText().isBlank()) {
                        error(pp, "criterion \"" + cid + "\": a phrase must be non-blank text");
                    } else {
                        phrases.add(ph.asText());
                    }
                }
                if (cid != null && description != null && !phrases.isEmpty()) {
                    criteria.add(new QuizItem.Criterion(cid, description, phrases));
                }
            }
            return prompt == null || criteria.isEmpty() ? null : new QuizItem.Why(prompt, criteria, model);
        }

        private List<QuizItem.Option> options(JsonNode n, String ptr) {
            List<QuizItem.Option> options = new ArrayList<>();
            List<String> ptrs = list(n, ptr, "options");
            for (String op : ptrs) {
                JsonNode o = at(op);
                keys(o, op, Set.of("id", "text", "feedback"));
                String oid = id(o, op, "id");
                unique(options.stream().map(x -> x.id()).toList(), oid, op, "option");
                String text = text(o, op, "text", true);
                String feedback = text(o, op, "feedback", true);
                if (oid != null && text != null && feedback != null) options.add(new QuizItem.Option(oid, text, feedback));
            }
            if (!ptrs.isEmpty() && ptrs.size() < 2) error(ptr + "/options", "needs at least two options");
            return ptrs.isEmpty() || options.size() != ptrs.size() ? null : options;
        }

        /** Pointers of the mapping entries of a required non-empty list; reports and skips non-mappings. */
        private List<String> list(JsonNode n, String ptr, String field) {
            JsonNode l = n.get(field);
            if (l == null) {
                error(ptr, "missing required field \"" + field + "\"");
                return List.of();
            }
            if (!l.isArray() || l.isEmpty()) {
                error(ptr + "/" + field, field + " must be a non-empty list");
                return List.of();
            }
            List<String> ptrs = new ArrayList<>();
            for (int i = 0; i < l.size(); i++) {
                String p = ptr + "/" + field + "/" + i;
                if (field.equals("phrases") || l.get(i).isObject()) {
                    ptrs.add(p);
                } else {
                    error(p, field + " entries must be mappings");
                }
            }
            return ptrs;
        }

        private JsonNode at(String ptr) {
            return root.at(ptr);
        }

        private int points(JsonNode n, String ptr) {
            JsonNode p = n.get("points");
            if (p == null) return 1;
            if (!p.isIntegralNumber() || p.asLong() < 1 || p.asLong() > 1000) {
                error(ptr + "/points", "points must be a whole number from 1 to 1000");
                return 1;
            }
            return p.asInt();
        }

        private String id(JsonNode n, String ptr, String field) {
            String id = text(n, ptr, field, true);
            if (id != null && !ID.matcher(id).matches()) {
                error(ptr + "/" + field, "id \"" + id + "\" must be letters, digits, '_', '-' or '.'");
                return null;
            }
            return id;
        }

        private String text(JsonNode n, String ptr, String field, boolean required) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) error(ptr, "missing required field \"" + field + "\"");
                return null;
            }
            if (!v.isTextual()) {
                error(ptr + "/" + field, "\"" + field + "\" must be text, not "
                        + (v.isArray() ? "a list" : v.isObject() ? "a mapping" : v.isNumber() ? "a number"
                        : "a boolean (YAML reads unquoted yes/no/on/off/true/false as booleans: quote it)"));
                return null;
            }
            if (v.asText().isBlank()) {
                error(ptr + "/" + field, field + " is blank");
                return null;
            }
            return v.asText();
        }

        private void keys(JsonNode n, String ptr, Set<String> allowed) {
            for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!allowed.contains(k)) {
                    error(ptr + "/" + k, "unknown field \"" + k + "\" (allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + ")");
                }
            }
        }

        /** Reports {@code id} if an earlier sibling already has it. */
        private void unique(List<String> earlier, String id, String ptr, String what) {
            if (id != null && earlier.contains(id)) error(ptr + "/id", "duplicate " + what + " id \"" + id + "\"");
        }

        private boolean complete() {
            return errors.isEmpty();
        }

        private String optionIds(List<QuizItem.Option> options) {
            return String.join(", ", options.stream().map(QuizItem.Option::id).toList());
        }

        private void error(String ptr, String message) {
            JsonLocation at = where.get(ptr);
            for (String p = ptr; at == null && !p.isEmpty(); ) {
                p = p.substring(0, p.lastIndexOf('/'));
                at = where.get(p);
            }
            String pos = at == null ? "1:1" : at.getLineNr() + ":" + at.getColumnNr();
            errors.add(source + ":" + pos + " " + context + ": " + message);
        }
    }
}
