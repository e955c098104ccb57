package org.casemark.quiz;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A careful reader's checks of the shipped gm-lesson quiz: what it keys must be what the lesson teaches. */
class GmQuizContentTest {

    private static final Quiz QUIZ = QuizLoader.loadEmbedded().get(0);

    private static <T extends QuizItem> T item(String id, Class<T> type) {
        QuizItem item = QUIZ.item(id).orElseThrow(() -> new AssertionError("no item " + id));
        return type.cast(item);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void theQuizAsksTheLessonsFourKindsOfQuestionsPlusAMultiSelect() {
        assertEquals(List.of("classification", "matching", "single_choice", "single_choice", "multi_select"),
                QUIZ.items().stream().map(QuizItem::kind).toList());
        assertTrue(item("fraud-2024", QuizItem.SingleChoice.class).stem().startsWith(
                "A fraud detection AI trained on historical bank transaction data from 2015-2023"));
        assertEquals("Why is goal misgeneralization particularly difficult to detect using only in-distribution"
                + " evaluation?", item("in-distribution", QuizItem.SingleChoice.class).stem());
    }

    @Test
    void fraudKeyIsAProxyFromTheTrainingYearsThatDivergesIn2024NotOverfittingOrLabelNoise() {
        QuizItem.SingleChoice q = item("fraud-2024", QuizItem.SingleChoice.class);
        assertTrue(q.options().size() >= 4 && q.options().size() <= 5);
        String key = lower(q.options().stream().filter(o -> o.id().equals(q.key())).findFirst().orElseThrow().text());
        for (String must : List.of("2015", "2023", "coincided with fraud", "proxy", "2024", "legitimate", "diverges")) {
            assertTrue(key.contains(must), "keyed fraud option lacks '" + must + "': " + key);
        }
        for (String mustNot : List.of("memoriz", "mislabel", "too small", "rewarded")) {
            assertFalse(key.contains(mustNot), "keyed fraud option reads like another failure mode: " + mustNot);
        }
        // the overfitting and label-noise distractors exist, and are not the key
        assertDistractorNamed(q, "overfitting");
        assertDistractorNamed(q, "label noise");
        assertDistractorNamed(q, "reward misspecification");
        assertDistractorNamed(q, "capability failure");
    }

    private static void assertDistractorNamed(QuizItem.SingleChoice q, String failureMode) {
        List<QuizItem.Option> named = q.options().stream()
                .filter(o -> lower(o.feedback()).contains(failureMode)).toList();
        assertEquals(1, named.size(), "one option's feedback names " + failureMode);
        assertFalse(named.get(0).id().equals(q.key()), failureMode + " option is keyed");
    }

    @Test
    void inDistributionKeyIsIdenticalPredictionsOnTrainingAndOnlyOffDistributionSeparates() {
        QuizItem.SingleChoice q = item("in-distribution", QuizItem.SingleChoice.class);
        assertTrue(q.options().size() >= 4 && q.options().size() <= 5);
        String key = lower(q.options().stream().filter(o -> o.id().equals(q.key())).findFirst().orElseThrow().text());
        for (String must : List.of("training distribution", "identical predictions", "aligned goal", "proxy goal",
                "only off-distribution evaluation")) {
            assertTrue(key.contains(must), "keyed in-distribution option lacks '" + must + "': " + key);
        }
    }

    @Test
    void everyChoiceOptionHasItsOwnFeedback() {
        for (QuizItem item : QUIZ.items()) {
            List<QuizItem.Option> options = item instanceof QuizItem.SingleChoice sc ? sc.options()
                    : item instanceof QuizItem.MultiSelect ms ? ms.options() : List.of();
            assertEquals(options.size(), new HashSet<>(options.stream().map(QuizItem.Option::feedback).toList()).size(),
                    item.id() + ": options share feedback");
        }
    }

    @Test
    void scenariosAreVariedAndEachExplanationNamesItsKeyedFailureModeFirst() {
        QuizItem.Classification c = item("classify-scenarios", QuizItem.Classification.class);
        assertTrue(c.scenarios().size() >= 8, "at least 8 scenarios");
        Set<String> used = new HashSet<>(c.scenarios().stream().map(QuizItem.Scenario::key).toList());
        assertEquals(new HashSet<>(c.categories().stream().map(QuizItem.Category::id).toList()), used,
                "every category is the key of some scenario");
        for (QuizItem.Scenario s : c.scenarios()) {
            String first = lower(s.explanation().split("[.:;]", 2)[0]);
            for (QuizItem.Category cat : c.categories()) {
                boolean named = names(cat).stream().anyMatch(first::contains);
                assertEquals(cat.id().equals(s.key()), named, s.id() + ": explanation opening '" + first
                        + "' vs category " + cat.id());
            }
            assertNotNull(s.hint(), s.id() + " has a hint");
            String hint = lower(s.hint());
            names(c.category(s.key())).forEach(n -> assertFalse(hint.contains(n), s.id() + ": hint gives away " + n));
        }
    }

    /** "Reward misspecification / specification gaming" answers to either name. */
    private static List<String> names(QuizItem.Category cat) {
        return Arrays.stream(lower(cat.label()).split(" / ")).toList();
    }

    @Test
    void matchingHasEnoughTermsAndDistractorsThatExplainTheirMisconception() {
        QuizItem.Matching m = item("match-terms", QuizItem.Matching.class);
        assertTrue(m.terms().size() >= 8);
        Set<String> keyed = new HashSet<>(m.terms().stream().map(QuizItem.Term::key).toList());
        List<QuizItem.Definition> distractors = m.definitions().stream().filter(d -> !keyed.contains(d.id())).toList();
        assertTrue(distractors.size() >= 2, "distractor definitions");
        distractors.forEach(d -> assertNotNull(d.feedback(), d.id() + " needs feedback on its misconception"));
        for (String term : List.of("Goal misgeneralization", "Aligned goal", "Proxy goal", "Distribution shift",
                "Overfitting", "Domain randomization", "Adversarial training", "Goal-conditioned training",
                "Interpretability", "Adversarial evaluation")) {
            assertTrue(m.terms().stream().anyMatch(t -> t.text().equals(term)), "term " + term);
        }
    }

    @Test
    void remediesKeyTheLessonsFiveRemediesAndNotMoreOfTheSame() {
        QuizItem.MultiSelect ms = item("remedies", QuizItem.MultiSelect.class);
        assertEquals(Set.of("randomize", "adversarial-training", "goal-conditioning", "interpretability",
                "adversarial-evaluation"), new HashSet<>(ms.key()));
    }

    @Test
    void everyModelWhyMeetsEveryCriterionOfItsItem() {
        WhyGrader grader = new EngineWhyGrader(() -> org.casemark.SharedEngine.get().nlp());
        int checked = 0;
        for (QuizItem item : QUIZ.items()) {
            if (item.why() == null) continue;
            assertNotNull(item.why().modelAnswer(), item.id() + " has a model why");
            WhyResult r = grader.grade(QUIZ.id(), item.id(), item.why(), item.why().modelAnswer());
            assertEquals(r.max(), r.score(), item.id() + " model why misses " + r.criteriaMissing());
            checked++;
        }
        assertTrue(checked >= 2);
    }

    @Test
    void theCoinRunStudyIsCitedAsLangoscoEtAlNeverAsAnthropic() throws IOException {
        String file = Files.readString(Path.of("rubrics/gm-quiz.yaml"));
        assertFalse(lower(file).contains("anthropic"));
        for (String line : file.split("\n")) {
            if (lower(line).contains("coinrun") && lower(line).contains("study")) {
                assertTrue(line.contains("Langosco"), line);
            }
        }
        assertTrue(file.contains("Langosco, Koch, Sharkey, Pfau and Krueger"));
    }
}
