package org.casemark.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What adapters (CLI, HTTP) call for quizzes: the learner's view, the answer key and the scoring of an answers
 * document. Pure and thread-safe: quizzes are validated values, the {@link WhyGrader} is stateless, nothing is
 * printed or read.
 *
 * <p>Answers document: a JSON object mapping item id to the answer, or to {@code {"answer": ..., "why": "text"}}.
 * Answer shapes: single_choice an option id; multi_select a list of option ids; matching an object term id →
 * definition id; classification an object scenario id → category id. Missing or null means unanswered.
 */
public final class QuizService {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Set<String> WRAPPER = Set.of("answer", "why");

    private final Map<String, Quiz> quizzes;
    private final WhyGrader whyGrader;

    public QuizService(Collection<Quiz> quizzes, WhyGrader whyGrader) {
        Map<String, Quiz> byId = new LinkedHashMap<>();
        for (Quiz q : quizzes) {
            Quiz other = byId.putIfAbsent(q.id(), q);
            if (other != null) {
                throw new IllegalArgumentException("quiz id \"" + q.id() + "\" is defined by both " + other.source()
                        + " and " + q.source());
            }
        }
        this.quizzes = Map.copyOf(byId);
        this.whyGrader = whyGrader;
    }

    /** The quizzes embedded in the jar; free-text "why" answers graded by {@code why}. */
    public static QuizService embedded(WhyGrader why) {
        return new QuizService(QuizLoader.loadEmbedded(), why);
    }

    /** Thrown when no quiz has that id; adapters map it to "not found". */
    public static final class UnknownQuizException extends RuntimeException {
        public UnknownQuizException(String quizId, Collection<String> known) {
            super("unknown quiz \"" + quizId + "\" (quizzes: " + String.join(", ", known.stream().sorted().toList())
                    + ")");
        }
    }

    /** Every loaded quiz, in id order. */
    public List<Quiz> quizzes() {
        return quizzes.values().stream().sorted(java.util.Comparator.comparing(Quiz::id)).toList();
    }

    public Quiz quiz(String quizId) {
        Quiz q = quizzes.get(quizId);
        if (q == null) throw new UnknownQuizException(quizId, quizzes.keySet());
        return q;
    }

    /** One summary line per quiz, in id order. */
    public List<QuizView.Summary> summaries() {
        return quizzes().stream().map(QuizView.Summary::of).toList();
    }

    /** The quiz as a learner sees it before answering: nothing that gives an answer away. */
    public QuizView view(String quizId) {
        return QuizView.of(quiz(quizId));
    }

    /** The answer key, in exactly the shape {@link #score} accepts; items with a model "why" carry it. */
    public ObjectNode key(String quizId) {
        ObjectNode key = JSON.objectNode();
        for (QuizItem item : quiz(quizId).items()) {
            JsonNode answer = keyOf(item);
            if (item.why() != null && item.why().modelAnswer() != null) {
                ObjectNode wrapped = JSON.objectNode();
                wrapped.set("answer", answer);
                wrapped.put("why", item.why().modelAnswer());
                answer = wrapped;
            }
            key.set(item.id(), answer);
        }
        return key;
    }

    /** Scores every item of the quiz. */
    public QuizResult score(String quizId, JsonNode answers, boolean reveal) {
        return score(quizId, answers, reveal, List.of());
    }

    /**
     * Scores the listed items only (all when {@code itemIds} is empty); the whole answers document is still
     * checked. Throws {@link QuizAnswerException} for answers that cannot be scored.
     */
    public QuizResult score(String quizId, JsonNode answers, boolean reveal, List<String> itemIds) {
        Quiz quiz = quiz(quizId);
        if (answers == null || !answers.isObject()) {
            throw new QuizAnswerException(null, "answers must be a JSON object mapping item ids to answers");
        }
        List<String> known = quiz.items().stream().map(QuizItem::id).toList();
        for (Iterator<String> it = answers.fieldNames(); it.hasNext(); ) {
            String id = it.next();
            if (!known.contains(id)) {
                throw new QuizAnswerException(id, "no such item in quiz \"" + quizId + "\" (items: "
                        + String.join(", ", known) + ")");
            }
        }
        for (String id : itemIds) {
            if (!known.contains(id)) {
                throw new QuizAnswerException(id, "no such item in quiz \"" + quizId + "\" (items: "
                        + String.join(", ", known) + ")");
            }
        }
        List<QuizResult.ItemResult> results = new ArrayList<>();
        for (QuizItem item : quiz.items()) {
            QuizResult.ItemResult r = scoreItem(quiz.id(), item, answers.get(item.id()), reveal);
            if (itemIds.isEmpty() || itemIds.contains(item.id())) results.add(r);
        }
        BigDecimal total = BigDecimal.ZERO;
        int max = 0;
        for (QuizResult.ItemResult r : results) {
            total = total.add(BigDecimal.valueOf(r.score()));
            max += (int) r.max();
        }
        return new QuizResult(quizId, round(total), max, reveal, results);
    }

    private QuizResult.ItemResult scoreItem(String quizId, QuizItem item, JsonNode given, boolean reveal) {
        JsonNode answer = given;
        String whyText = null;
        if (given != null && given.isObject() && !given.isEmpty() && isWrapper(given)) {
            answer = given.get("answer");
            JsonNode w = given.get("why");
            if (w != null && !w.isNull()) {
                if (!w.isTextual()) throw new QuizAnswerException(item.id(), "\"why\" must be text");
                whyText = w.asText();
            }
        }
        if (answer != null && answer.isNull()) answer = null;
        WhyResult why = null;
        if (whyText != null && !whyText.isBlank()) {
            if (item.why() == null) throw new QuizAnswerException(item.id(), "this item asks for no \"why\"");
            why = whyGrader.grade(quizId, item.id(), item.why(), whyText);
        }
        Scored s;
        if (item instanceof QuizItem.SingleChoice sc) {
            s = singleChoice(sc, answer, reveal);
        } else if (item instanceof QuizItem.MultiSelect ms) {
            s = multiSelect(ms, answer, reveal);
        } else if (item instanceof QuizItem.Matching m) {
            s = matching(m, answer, reveal);
        } else {
            s = classification((QuizItem.Classification) item, answer, reveal);
        }
        double score = round(s.score);
        return new QuizResult.ItemResult(item.id(), item.kind(), score, item.max(), score == item.max(),
                s.answered ? QuizResult.ANSWERED : QuizResult.UNANSWERED, s.feedback,
                reveal ? keyOf(item) : null, s.answered ? s.parts : null, why);
    }

    private record Scored(BigDecimal score, boolean answered, String feedback, List<QuizResult.PartResult> parts) {
    }

    private static Scored singleChoice(QuizItem.SingleChoice item, JsonNode answer, boolean reveal) {
        QuizItem.Option keyed = option(item.options(), item.key());
        String revealed = reveal ? " The keyed answer is " + keyed.id() + ": " + keyed.text() : "";
        if (answer == null) return new Scored(BigDecimal.ZERO, false, "Not answered." + revealed, null);
        if (!answer.isTextual()) {
            throw new QuizAnswerException(item.id(), "a single_choice answer is one option id (text), not "
                    + type(answer));
        }
        QuizItem.Option chosen = option(item.options(), answer.asText());
        if (chosen == null) throw unknown(item.id(), "option", answer.asText(), ids(item.options()));
        if (chosen.id().equals(item.key())) {
            return new Scored(BigDecimal.valueOf(item.points()), true, chosen.feedback(), null);
        }
        String hint = item.hint() == null ? "" : " " + item.hint();
        return new Scored(BigDecimal.ZERO, true, chosen.feedback() + hint + revealed, null);
    }

    /** Each keyed option chosen earns points/k, each wrong option chosen costs points/w; never below 0. */
    private static Scored multiSelect(QuizItem.MultiSelect item, JsonNode answer, boolean reveal) {
        String revealed = reveal ? " The keyed options are: " + String.join(", ", item.key()) + "." : "";
        if (answer == null) return new Scored(BigDecimal.ZERO, false, "Not answered." + revealed, null);
        if (!answer.isArray()) {
            throw new QuizAnswerException(item.id(), "a multi_select answer is a list of option ids, not "
                    + type(answer));
        }
        List<String> chosen = new ArrayList<>();
        for (JsonNode e : answer) {
            if (!e.isTextual()) throw new QuizAnswerException(item.id(), "option ids must be text, not " + type(e));
            if (option(item.options(), e.asText()) == null) throw unknown(item.id(), "option", e.asText(), ids(item.options()));
            if (chosen.contains(e.asText())) {
                throw new QuizAnswerException(item.id(), "option \"" + e.asText() + "\" is chosen twice");
            }
            chosen.add(e.asText());
        }
        if (chosen.isEmpty()) return new Scored(BigDecimal.ZERO, false, "Nothing selected." + revealed, null);
        int k = item.key().size();
        int w = item.wrongOptionCount();
        int right = (int) chosen.stream().filter(item.key()::contains).count();
        int wrong = chosen.size() - right;
        long numerator = (long) item.points() * ((long) right * w - (long) wrong * k);
        BigDecimal score = numerator <= 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf((long) k * w), 4, RoundingMode.HALF_UP);
        List<String> lines = new ArrayList<>();
        for (QuizItem.Option o : item.options()) if (chosen.contains(o.id())) lines.add(o.feedback());
        int missed = k - right;
        if (missed > 0 && !reveal) {
            lines.add("You missed " + missed + (missed == 1 ? " keyed option." : " keyed options."));
        }
        if (missed > 0 && item.hint() != null && !reveal) lines.add(item.hint());
        return new Scored(score, true, String.join(" ", lines) + revealed, null);
    }

    private static Scored matching(QuizItem.Matching item, JsonNode answer, boolean reveal) {
        if (answer != null && !answer.isObject()) {
            throw new QuizAnswerException(item.id(), "a matching answer is an object term id -> definition id, not "
                    + type(answer));
        }
        List<String> termIds = item.terms().stream().map(QuizItem.Term::id).toList();
        List<String> defIds = item.definitions().stream().map(QuizItem.Definition::id).toList();
        Map<String, String> pairs = pairs(item.id(), answer, termIds, "term", defIds, "definition");
        Map<String, String> usedBy = new HashMap<>();
        for (String term : termIds) {
            String def = pairs.get(term);
            if (def == null) continue;
            String other = usedBy.putIfAbsent(def, term);
            if (other != null) {
                throw new QuizAnswerException(item.id(), "definition \"" + def + "\" is used for both \"" + other
                        + "\" and \"" + term + "\"; each definition matches at most one term");
            }
        }
        List<QuizResult.PartResult> parts = new ArrayList<>();
        int right = 0;
        for (QuizItem.Term t : item.terms()) {
            String def = pairs.get(t.id());
            boolean ok = t.key().equals(def);
            if (ok) right++;
            List<String> fb = new ArrayList<>();
            if (def == null) {
                fb.add("Not matched.");
            } else if (ok) {
                fb.add("Correct.");
            } else {
                String distractor = item.definition(def).feedback();
                if (distractor != null) fb.add(distractor);
                if (t.hint() != null) fb.add(t.hint());
            }
            if (reveal && !ok) fb.add("The keyed definition is: " + item.definition(t.key()).text());
            parts.add(part(t.id(), def, ok, String.join(" ", fb), reveal ? t.key() : null));
        }
        String feedback = pairs.isEmpty() ? "Not answered."
                : right + " of " + item.terms().size() + " pairs correct." + (pairs.size() < termIds.size()
                ? " " + (termIds.size() - pairs.size()) + " not matched." : "");
        return new Scored(BigDecimal.valueOf(right), !pairs.isEmpty(), feedback, parts);
    }

    private static Scored classification(QuizItem.Classification item, JsonNode answer, boolean reveal) {
        if (answer != null && !answer.isObject()) {
            throw new QuizAnswerException(item.id(), "a classification answer is an object scenario id -> category "
                    + "id, not " + type(answer));
        }
        List<String> scenarioIds = item.scenarios().stream().map(QuizItem.Scenario::id).toList();
        List<String> catIds = item.categories().stream().map(QuizItem.Category::id).toList();
        Map<String, String> chosen = pairs(item.id(), answer, scenarioIds, "scenario", catIds, "category");
        List<QuizResult.PartResult> parts = new ArrayList<>();
        int right = 0;
        for (QuizItem.Scenario s : item.scenarios()) {
            String cat = chosen.get(s.id());
            boolean ok = s.key().equals(cat);
            if (ok) right++;
            List<String> fb = new ArrayList<>();
            if (ok) {
                fb.add(s.explanation());
            } else {
                fb.add(cat == null ? "Not classified." : "Not " + item.category(cat).label().toLowerCase() + ".");
                if (s.hint() != null) fb.add(s.hint());
                if (reveal) fb.add(s.explanation());
            }
            parts.add(part(s.id(), cat, ok, String.join(" ", fb), reveal ? s.key() : null));
        }
        String feedback = chosen.isEmpty() ? "Not answered."
                : right + " of " + scenarioIds.size() + " scenarios classified correctly."
                + (chosen.size() < scenarioIds.size() ? " " + (scenarioIds.size() - chosen.size())
                + " not classified." : "");
        return new Scored(BigDecimal.valueOf(right), !chosen.isEmpty(), feedback, parts);
    }

    /** Reads an object of part id -> choice id, checking both ids; null values count as not answered. */
    private static Map<String, String> pairs(String itemId, JsonNode answer, List<String> parts, String partName,
                                             List<String> choices, String choiceName) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (answer == null) return pairs;
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!parts.contains(e.getKey())) throw unknown(itemId, partName, e.getKey(), parts);
            JsonNode v = e.getValue();
            if (v.isNull()) continue;
            if (!v.isTextual()) {
                throw new QuizAnswerException(itemId, partName + " \"" + e.getKey() + "\": the answer is a "
                        + choiceName + " id (text), not " + type(v));
            }
            if (!choices.contains(v.asText())) {
                throw new QuizAnswerException(itemId, partName + " \"" + e.getKey() + "\": unknown " + choiceName
                        + " \"" + v.asText() + "\" (" + choiceName + " ids: " + String.join(", ", choices) + ")");
            }
            pairs.put(e.getKey(), v.asText());
        }
        return pairs;
    }

    private static QuizResult.PartResult part(String id, String answer, boolean ok, String feedback, String key) {
        return new QuizResult.PartResult(id, answer, ok ? 1 : 0, 1, ok,
                answer == null ? QuizResult.UNANSWERED : QuizResult.ANSWERED, feedback, key);
    }

    static JsonNode keyOf(QuizItem item) {
        if (item instanceof QuizItem.SingleChoice sc) return TextNode.valueOf(sc.key());
        if (item instanceof QuizItem.MultiSelect ms) {
            ArrayNode a = JSON.arrayNode();
            ms.key().forEach(a::add);
            return a;
        }
        ObjectNode o = JSON.objectNode();
        if (item instanceof QuizItem.Matching m) {
            m.terms().forEach(t -> o.put(t.id(), t.key()));
        } else {
            ((QuizItem.Classification) item).scenarios().forEach(s -> o.put(s.id(), s.key()));
        }
        return o;
    }

    private static boolean isWrapper(JsonNode o) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) if (!WRAPPER.contains(it.next())) return false;
        return true;
    }

    private static QuizItem.Option option(List<QuizItem.Option> options, String id) {
        return options.stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
    }

    private static List<String> ids(List<QuizItem.Option> options) {
        return options.stream().map(QuizItem.Option::id).toList();
    }

    private static QuizAnswerException unknown(String itemId, String what, String id, List<String> known) {
        return new QuizAnswerException(itemId, "unknown " + what + " \"" + id + "\" (" + what + " ids: "
                + String.join(", ", known) + ")");
    }

    private static String type(JsonNode n) {
        return switch (n.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            default -> n.getNodeType().toString().toLowerCase();
        };
    }

    /** Half-up to 4 decimal places: the one rounding rule of every quiz score. */
    static double round(BigDecimal value) {
        return value.setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
