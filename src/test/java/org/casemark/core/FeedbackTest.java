package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Feedback}: what a learner is told per component and overall (bundled rubric, real pipeline). */
class FeedbackTest {
    private static final Grader GRADER = SharedEngine.get().grader("gm-case-study");
    private static final Feedback FEEDBACK = new Feedback(GRADER.rubric());

    private static Analysis analyse(String sample) throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/" + sample + ".txt"));
        return GRADER.analyse(SharedEngine.get().nlp().annotate(text));
    }

    private static Rubric.Component component(String key) {
        return GRADER.rubric().components().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void aQuotePlaceholderQuotesTheComponentsFirstEvidenceShortened() throws Exception {
        Analysis a = analyse("complete-headed");
        Integer first = a.criteria().evidence("proxy_goal").get(0);
        String quoted = Feedback.fill("You named {quote:proxy_goal}.", a);
        String words = a.reading().text().substring(a.reading().sentence(first).start()).split("\\s+")[0];
        assertTrue(quoted.startsWith("You named \u201c" + words) && quoted.endsWith("\u201d."), quoted);
        assertTrue(quoted.length() <= "You named \u201c\u201d.".length() + 92, quoted);
        assertEquals("See what you described.", Feedback.fill("See {quote:no_such_component}.", a));
    }

    @Test
    void aComponentCappedToZeroQuotesNothingSaysSoAndNamesEveryCriterionMissing() throws Exception {
        Analysis a = analyse("complete-headed");
        Rubric.Component c = component("proxy_goal");
        ComponentResult zero = FEEDBACK.component(c, 0, 0.9, a);
        assertEquals("missing", zero.status());
        assertTrue(zero.evidence().isEmpty() && zero.criteriaMet().isEmpty(), zero.toString());
        assertEquals(c.criteria().stream().map(Rubric.Criterion::id).toList(), zero.criteriaMissing());
        // its criteria would earn full marks: the cap is said where it bites, then what is missing
        assertTrue(zero.feedback().startsWith("Capped at 0 (the criteria met would earn " + c.max() + ")"), zero.feedback());
        assertTrue(zero.feedback().contains(c.feedback().missing()), zero.feedback());
        ComponentResult full = FEEDBACK.component(c, c.max(), 0.9, a);
        assertEquals(full.criteriaMet().size(), full.evidence().size(), full.toString());
        full.evidence().forEach(e -> assertEquals(a.reading().text().substring(e.start(), e.end()), e.quote()));
    }

    @Test
    void theOverallFeedbackNamesCompleteAndWeakComponentsByTitle() {
        Rubric.Component system = component("system"), proxy = component("proxy_goal");
        List<ComponentResult> results = List.of(
                new ComponentResult("system", system.max(), system.max(), "met", 0.9, List.of(), List.of(), List.of(), ""),
                new ComponentResult("proxy_goal", 0, proxy.max(), "missing", 0.9, List.of(), List.of(), List.of(), ""));
        String overall = FEEDBACK.overall(results, new Flags(false, false, false, "en", List.of()), 2, false);
        assertEquals("Score 2/" + GRADER.rubric().max() + ". Complete: " + system.title() + ". To improve: "
                + proxy.title() + ".", overall);
        String offTopic = FEEDBACK.overall(results, new Flags(false, true, false, "en", List.of()), 2, false);
        assertTrue(offTopic.startsWith("Score 2/") && !offTopic.contains("To improve"), offTopic);
    }
}
