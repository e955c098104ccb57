package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void slotsAreFilledWithTheLearnersWordsAndAnEmptyOptionalSlotLeavesNothing() throws Exception {
        Analysis a = analyse("complete-headed");
        Slots.Filled slots = GRADER.slots(a);
        String system = slots.text("system");
        assertTrue(system != null && a.reading().text().contains(system.replaceFirst("^the ", "")), "system slot: " + system);
        assertEquals("About " + system + ".", FEEDBACK.fill("About {system}.", a, slots));
        String capital = FEEDBACK.fill("{System}.", a, slots);
        assertTrue(Character.isUpperCase(capital.charAt(0)), capital);
        Slots.Filled empty = new Slots.Filled(Map.of(), List.of("hive", "queen"));
        assertEquals("The goal.", FEEDBACK.fill("The goal{(aligned)}.", a, empty));
        assertEquals("Train your hive system.", FEEDBACK.fill("Train {system}.", a, empty));
        Slots.Filled nothing = new Slots.Filled(Map.of(), List.of());
        assertEquals("Train your system.", FEEDBACK.fill("Train {system}.", a, nothing));
        String conditional = "A change{?proxy_goal: aimed at the proxy}.";
        assertEquals("A change aimed at the proxy.", FEEDBACK.fill(conditional, a, slots));
        Analysis denied = GRADER.analyse(SharedEngine.get().nlp().annotate("The sorting camera was trained on photos "
                + "from one mill. I don't think there is a separate proxy: the camera just cannot see the fibre in "
                + "the new mill's light. Add photos taken under many lamps."));
        assertEquals("A change.", FEEDBACK.fill(conditional, denied, GRADER.slots(denied)));
    }

    @Test
    void aComponentCappedToZeroSaysSoWhereItBitesAndNamesEveryCriterionMissing() throws Exception {
        Analysis a = analyse("complete-headed");
        Rubric.Component c = component("proxy_goal");
        ComponentResult zero = FEEDBACK.component(c, 0, false, 0.9, a, GRADER.slots(a), new HashSet<>(), new java.util.HashMap<>());
        assertEquals("missing", zero.status());
        assertTrue(zero.evidence().isEmpty() && zero.criteriaMet().isEmpty(), zero.toString());
        assertEquals(c.criteria().stream().map(Rubric.Criterion::id).toList(), zero.criteriaMissing());
        assertTrue(zero.feedback().startsWith(c.title() + " is capped at 0: "),
                zero.feedback());
        // what the cap took to 0 is nothing the learner "gives"
        assertFalse(zero.feedback().contains("You give"), zero.feedback());
        ComponentResult full = FEEDBACK.component(c, c.max(), false, 0.9, a, GRADER.slots(a), new HashSet<>(), new java.util.HashMap<>());
        // one quote per sentence: every met criterion's sentence is quoted once, by the first criterion it met
        assertEquals(full.criteriaMet().stream().map(id -> a.criteria().met(c.key()).get(id)).distinct().count(),
                full.evidence().size(), full.toString());
        full.evidence().forEach(e -> assertTrue(full.criteriaMet().contains(e.criterion()), e.toString()));
        full.evidence().forEach(e -> assertEquals(a.reading().text().substring(e.start(), e.end()), e.quote()));
    }

    @Test
    void aSentenceIsNotSaidTwiceInOneGrade() throws Exception {
        Analysis a = analyse("vague-shift-generic-fixes");
        Set<String> said = new HashSet<>();
        Slots.Filled slots = GRADER.slots(a);
        Set<String> seen = new HashSet<>();
        for (Rubric.Component c : GRADER.rubric().components()) {
            ComponentResult r = FEEDBACK.component(c, 0, false, 0.9, a, slots, said, new java.util.HashMap<>());
            assertFalse(r.feedback().isBlank(), c.key());
            for (String sentence : r.feedback().split("(?<=[.!?])\\s+")) {
                assertTrue(seen.add(sentence.strip().toLowerCase()), "said twice: " + sentence);
            }
        }
    }

    @Test
    void theOverallFeedbackGivesTheNextStepWorthMostPointsFirst() throws Exception {
        Rubric.Component system = component("system"), proxy = component("proxy_goal"), shift = component("distribution_shift");
        List<ComponentResult> results = List.of(
                new ComponentResult("system", system.max(), system.max(), "met", 0.9, List.of(), List.of(), List.of(), ""),
                new ComponentResult("proxy_goal", 1, proxy.max(), "partial", 0.9, List.of(), List.of(), List.of(),
                        "Your proxy needs more. Explain what held in training."),
                new ComponentResult("distribution_shift", 0, shift.max(), "missing", 0.9, List.of(), List.of(), List.of(),
                        "No shift. Describe where it is deployed."));
        RaisedFlags none = new RaisedFlags(new Flags(false, false, false, "en", List.of()), false, 0, null, null);
        Slots.Filled nothing = new Slots.Filled(Map.of(), List.of());
        String overall = FEEDBACK.overall(results, Map.of(), none, 3, false, nothing);
        assertEquals("Score 3/" + GRADER.rubric().max() + ". Next step (up to 2 points, "
                + shift.title().toLowerCase() + "): Describe where it is deployed. Then: " + proxy.title()
                + " (1). Complete: " + system.title() + ".", overall);
        RaisedFlags offTopic = new RaisedFlags(new Flags(false, true, false, "en", List.of()), false, 0, null, null);
        String off = FEEDBACK.overall(results, Map.of(), offTopic, 3, true, nothing);
        assertTrue(off.startsWith("Score 3/") && off.contains("provisional") && !off.contains("Next step"), off);
        // an off-topic text hears what it was read as being about, in its own nouns
        String about = FEEDBACK.overall(results, Map.of(), offTopic, 0, false,
                new Slots.Filled(Map.of(), List.of("bonus", "driver", "pothole", "council")));
        assertTrue(about.contains("Your text is about bonus, driver and pothole, not about an AI system's goals."), about);
    }

    @Test
    void aQuoteIsCutBetweenWrittenWordsNeverInsideOne() throws Exception {
        // "wouldnt" and "couldn't" are two tokens each: a cut between them would quote "would", the opposite
        String text = "ok so my system is the auto brake in the dual-control cars at our driving school, trained on "
                + "dashcam from daytime town lessons. goal is it brakes when the instructor would brake. proxy goal = "
                + "brake near schools i think, because in the town lessons the hazards were always near schools. "
                + "distribution shift: lessons at night and motorway lessons with learners on fast roads, there it "
                + "wouldnt brake when it needs to and the learner couldn't stop in time for the lorry ahead.";
        GradeResult g = GRADER.grade("q", text);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\u201c\u2026?([^\u201d\u2026]+?)( \u2026)?\u201d")
                .matcher(g.feedback() + " " + g.components().stream().map(ComponentResult::feedback).toList());
        int quotes = 0;
        while (m.find()) {
            String q = m.group(1).strip();
            int at = text.indexOf(q);
            if (at < 0) continue;   // a slot's words, not a quote of the text
            quotes++;
            int end = at + q.length();
            assertTrue(end == text.length() || !Character.isLetterOrDigit(text.charAt(end)) && text.charAt(end) != '\'',
                    "cut inside a word: \"" + q + "\" in " + g.components());
        }
        assertTrue(quotes > 0, g.toString());
    }

    @Test
    void aMissingComponentsNextStepIsItsFirstPieceNotItsLast() throws Exception {
        // a write-up with no deployment at all: the next step is the setting, not the harm that would follow there
        GradeResult g = GRADER.grade("n", "The system is a drone trained in a simulator of suburban gardens to land on "
                + "a marked mat. The designers wanted it to land on the mat wherever it lies. In the simulator the mat "
                + "always lay on grass, so it could learn to land on grass instead of on the mat.");
        ComponentResult shift = g.components().stream().filter(r -> r.key().equals("distribution_shift")).findFirst().orElseThrow();
        assertEquals(0, shift.score(), g.toString());
        assertTrue(g.feedback().contains("(up to 2 points, the distribution shift): Describe a concrete"), g.feedback());
        // ... said with the learner's own proxy, as the setting where following it fails
        assertTrue(g.feedback().contains("land on grass instead of on the mat"), g.feedback());
    }

    @Test
    void theLearnersProxyIsQuotedOnceInAComponentInItsOwnShortWords() throws Exception {
        GradeResult g = GRADER.grade("p", "The system is a drone trained in a simulator of suburban gardens to land on "
                + "a marked mat. The designers wanted it to land on the mat wherever it lies. It could learn to land on "
                + "grass instead of on the mat, which is a completely different thing in the end.");
        ComponentResult shift = g.components().stream().filter(r -> r.key().equals("distribution_shift")).findFirst().orElseThrow();
        String f = shift.feedback();
        assertEquals(0, shift.score(), g.toString());
        assertTrue(f.contains("the proxy you name (\u201cland on grass"), f);
        assertEquals(f.indexOf("land on grass"), f.lastIndexOf("land on grass"), "quoted once: " + f);
        assertFalse(f.contains("completely different"), "the proxy's own words, not its sentence: " + f);
    }

    @Test
    void aTitleInTheNextStepKeepsItsAcronym() {
        assertEquals("the AI system", Feedback.lowerFirst("The AI system"));
        assertEquals("change to the training distribution", Feedback.lowerFirst("Change to the training distribution"));
    }

    @Test
    void anAbbreviationIsNoNounTheTextIsSaidToBeAbout() {
        GradeResult r = GRADER.grade("loss", "Property loss report. The lightning struck the clock tower at approx. "
                + "9 pm. The clock stopped at approx. 9.05 pm. Damage to the clock face is approx. 40 percent. The "
                + "tower roof lost approx. twenty slates and the clock mechanism needs a new escapement.");
        assertTrue(r.flags().offTopic(), r.flags().toString());
        assertFalse(r.feedback().contains("approx."), r.feedback());
        assertTrue(r.feedback().contains("clock"), r.feedback());
    }
    /**
     * An intended goal stated as a score made high is told it is a stand-in; the same stand-in words in another
     * sentence that is not quoted for the goal ("the judges' score" in the proxy) do not change what the goal is told.
     */
    @Test
    void anIntendedGoalStatedAsAScoreIsToldItIsAStandIn() {
        String system = "LawnBot is a robot mower trained in a simulator of flat suburban lawns to cut the grass evenly. "
                + "In every simulated lawn the edge of the grass was marked by a white line, so the mower learned to "
                + "follow the line instead of the real edge of the grass.";
        GradeResult muddled = SharedEngine.get().grade("gm-case-study", "m",
                "The designers wanted LawnBot to keep the lawn score high in the weekly photos.\n\n" + system);
        String told = muddled.components().stream().filter(c -> c.key().equals("aligned_goal")).findFirst()
                .orElseThrow().feedback();
        assertTrue(told.contains("seen or counted"), told);
        GradeResult plain = SharedEngine.get().grade("gm-case-study", "p",
                "The designers wanted LawnBot to cut the grass of the whole lawn evenly, right up to its real edge.\n\n"
                        + system + " Its photos always got a high score from the judges.");
        String fine = plain.components().stream().filter(c -> c.key().equals("aligned_goal")).findFirst()
                .orElseThrow().feedback();
        assertFalse(fine.contains("seen or counted"), fine);
    }
}
