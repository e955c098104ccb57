package org.casemark.quiz;

import java.util.List;

/**
 * A quiz as a learner sees it before answering: stems, prompts and the choices to pick from, in the file's order.
 * Built only from learner-facing fields, so it cannot carry keys, correct flags, feedback, hints, explanations,
 * the "why" criteria or model answers: a value that leaks nothing by construction, not by filtering.
 */
public record QuizView(String id, String title, int max, List<Item> items) {
    public QuizView {
        items = List.copyOf(items);
    }

    /** The view of a validated quiz. */
    public static QuizView of(Quiz quiz) {
        return new QuizView(quiz.id(), quiz.title(), quiz.max(), quiz.items().stream().map(QuizView::item).toList());
    }

    /** One line of a quiz list. */
    public record Summary(String id, String title, int itemCount, int max) {
        public static Summary of(Quiz quiz) {
            return new Summary(quiz.id(), quiz.title(), quiz.items().size(), quiz.max());
        }
    }

    /** An option, term, definition or scenario: what is shown, and the id an answer names it by. */
    public record Choice(String id, String text) {
    }

    /** A category a scenario can be put in. */
    public record Category(String id, String label) {
    }

    /**
     * One item. Which choice lists are present depends on {@code kind}: {@code options} for single_choice and
     * multi_select; {@code terms} and {@code definitions} (distractors included) for matching; {@code scenarios}
     * and {@code categories} for classification. {@code whyPrompt} only when the item asks for a "why".
     */
    public record Item(String id, String kind, int max, String stem, List<Choice> options, List<Choice> terms,
                       List<Choice> definitions, List<Choice> scenarios, List<Category> categories,
                       String whyPrompt) {
        public Item {
            options = copy(options);
            terms = copy(terms);
            definitions = copy(definitions);
            scenarios = copy(scenarios);
            categories = copy(categories);
        }

        private static <T> List<T> copy(List<T> list) {
            return list == null ? null : List.copyOf(list);
        }
    }

    private static Item item(QuizItem item) {
        String why = item.why() == null ? null : item.why().prompt();
        if (item instanceof QuizItem.SingleChoice s) {
            return new Item(s.id(), s.kind(), s.max(), s.stem(), options(s.options()), null, null, null, null, why);
        }
        if (item instanceof QuizItem.MultiSelect m) {
            return new Item(m.id(), m.kind(), m.max(), m.stem(), options(m.options()), null, null, null, null, why);
        }
        if (item instanceof QuizItem.Matching m) {
            return new Item(m.id(), m.kind(), m.max(), m.stem(), null,
                    m.terms().stream().map(t -> new Choice(t.id(), t.text())).toList(),
                    m.definitions().stream().map(d -> new Choice(d.id(), d.text())).toList(), null, null, why);
        }
        QuizItem.Classification c = (QuizItem.Classification) item;
        return new Item(c.id(), c.kind(), c.max(), c.stem(), null, null, null,
                c.scenarios().stream().map(s -> new Choice(s.id(), s.text())).toList(),
                c.categories().stream().map(k -> new Category(k.id(), k.label())).toList(), why);
    }

    private static List<Choice> options(List<QuizItem.Option> options) {
        return options.stream().map(o -> new Choice(o.id(), o.text())).toList();
    }
}
