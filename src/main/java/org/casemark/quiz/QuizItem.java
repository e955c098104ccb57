package org.casemark.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One quiz item. Every variant has an id, a stem shown to learners and an optional {@link Why} request. The loader
 * reports data errors with their file position; the compact constructors are the backstop for values built in code.
 */
public sealed interface QuizItem
        permits QuizItem.SingleChoice, QuizItem.MultiSelect, QuizItem.Matching, QuizItem.Classification {

    String id();

    String stem();

    /** Optional request for a free-text justification; null when the item asks for none. */
    Why why();

    /** {@code single_choice}, {@code multi_select}, {@code matching} or {@code classification}. */
    String kind();

    /** Points the item is worth. */
    int max();

    /** A selectable answer; {@code feedback} explains why choosing it is right or wrong. */
    record Option(String id, String text, String feedback) {
        public Option {
            requireText("option id", id);
            requireText("option text", text);
            requireText("option " + id + " feedback", feedback);
        }
    }

    /** One option is keyed; worth {@code points}. {@code hint}, if any, guides a wrong answer without the key. */
    record SingleChoice(String id, String stem, int points, List<Option> options, String key, String hint, Why why)
            implements QuizItem {
        public SingleChoice {
            requireText("id", id);
            requireText("stem", stem);
            options = List.copyOf(options);
            requirePositive(id, points);
            requireUnique(id, options.stream().map(Option::id).toList());
            if (options.stream().noneMatch(o -> o.id().equals(key))) {
                throw new IllegalArgumentException(id + ": key " + key + " is not an option");
            }
        }

        @Override public String kind() { return "single_choice"; }

        @Override public int max() { return points; }
    }

    /** Several options are keyed, at least one is not; worth {@code points} (see README for the partial credit). */
    record MultiSelect(String id, String stem, int points, List<Option> options, List<String> key, String hint,
                       Why why) implements QuizItem {
        public MultiSelect {
            requireText("id", id);
            requireText("stem", stem);
            options = List.copyOf(options);
            key = List.copyOf(key);
            requirePositive(id, points);
            List<String> ids = options.stream().map(Option::id).toList();
            requireUnique(id, ids);
            requireUnique(id, key);
            if (!ids.containsAll(key)) throw new IllegalArgumentException(id + ": key names a missing option");
            if (key.isEmpty() || key.size() == options.size()) {
                throw new IllegalArgumentException(id + ": needs at least one keyed and one unkeyed option");
            }
        }

        @Override public String kind() { return "multi_select"; }

        @Override public int max() { return points; }

        public int wrongOptionCount() {
            return options.size() - key.size();
        }
    }

    /** A term and the id of its definition. */
    record Term(String id, String text, String key, String hint) {
        public Term {
            requireText("term id", id);
            requireText("term text", text);
            requireText("term key", key);
        }
    }

    /** A definition; a distractor (keyed to no term) carries {@code feedback} on the misconception it embodies. */
    record Definition(String id, String text, String feedback) {
        public Definition {
            requireText("definition id", id);
            requireText("definition text", text);
        }
    }

    /** Terms dragged onto definitions: one point per term; a definition matches at most one term. */
    record Matching(String id, String stem, List<Term> terms, List<Definition> definitions, Why why)
            implements QuizItem {
        public Matching {
            requireText("id", id);
            requireText("stem", stem);
            terms = List.copyOf(terms);
            definitions = List.copyOf(definitions);
            requireUnique(id, terms.stream().map(Term::id).toList());
            List<String> defIds = definitions.stream().map(Definition::id).toList();
            requireUnique(id, defIds);
            requireUnique(id, terms.stream().map(Term::key).toList());
            if (!defIds.containsAll(terms.stream().map(Term::key).toList())) {
                throw new IllegalArgumentException(id + ": a term key names a missing definition");
            }
            if (definitions.size() < terms.size()) {
                throw new IllegalArgumentException(id + ": fewer definitions than terms");
            }
        }

        @Override public String kind() { return "matching"; }

        @Override public int max() { return terms.size(); }

        public Definition definition(String definitionId) {
            return definitions.stream().filter(d -> d.id().equals(definitionId)).findFirst().orElse(null);
        }
    }

    /** A failure mode a scenario can be classified as; {@code label} is what learners see. */
    record Category(String id, String label) {
        public Category {
            requireText("category id", id);
            requireText("category label", label);
        }
    }

    /** A scenario with its keyed category, a non-revealing hint and the explanation of the key. */
    record Scenario(String id, String text, String key, String hint, String explanation) {
        public Scenario {
            requireText("scenario id", id);
            requireText("scenario text", text);
            requireText("scenario key", key);
            requireText("scenario " + id + " explanation", explanation);
        }
    }

    /** Each scenario classified into one category: one point per scenario. */
    record Classification(String id, String stem, List<Category> categories, List<Scenario> scenarios, Why why)
            implements QuizItem {
        public Classification {
            requireText("id", id);
            requireText("stem", stem);
            categories = List.copyOf(categories);
            scenarios = List.copyOf(scenarios);
            List<String> catIds = categories.stream().map(Category::id).toList();
            requireUnique(id, catIds);
            requireUnique(id, scenarios.stream().map(Scenario::id).toList());
            if (!catIds.containsAll(scenarios.stream().map(Scenario::key).toList())) {
                throw new IllegalArgumentException(id + ": a scenario key names a missing category");
            }
            if (scenarios.isEmpty()) throw new IllegalArgumentException(id + ": no scenarios");
        }

        @Override public String kind() { return "classification"; }

        @Override public int max() { return scenarios.size(); }

        public Category category(String categoryId) {
            return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst().orElse(null);
        }
    }

    /**
     * An optional free-text justification: a prompt, the concepts a good answer states, and a model answer (which
     * the answer key carries, and which must meet every criterion).
     */
    record Why(String prompt, List<Criterion> criteria, String modelAnswer) {
        public Why {
            requireText("why prompt", prompt);
            criteria = List.copyOf(criteria);
            if (criteria.isEmpty()) throw new IllegalArgumentException("why: no criteria");
            requireUnique("why", criteria.stream().map(Criterion::id).toList());
        }
    }

    /** A concept a "why" answer should state: met when any one of the phrase alternatives is found. */
    record Criterion(String id, String description, List<String> phrases) {
        public Criterion {
            requireText("criterion id", id);
            requireText("criterion description", description);
            phrases = List.copyOf(phrases);
            if (phrases.isEmpty()) throw new IllegalArgumentException("criterion " + id + ": no phrases");
            phrases.forEach(p -> requireText("criterion " + id + " phrase", p));
        }
    }

    private static void requireText(String what, String value) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(what + " is blank");
    }

    private static void requirePositive(String id, int points) {
        if (points <= 0) throw new IllegalArgumentException(id + ": points must be positive");
    }

    private static void requireUnique(String owner, List<String> ids) {
        Set<String> seen = new HashSet<>();
        List<String> dup = new ArrayList<>();
        for (String i : ids) if (!seen.add(i)) dup.add(i);
        if (!dup.isEmpty()) throw new IllegalArgumentException(owner + ": duplicate ids " + dup);
    }
}
