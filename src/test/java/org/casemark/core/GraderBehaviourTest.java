package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Behaviour of the grading engine that the golden files do not pin down: robustness, gaming, wording, limits. */
class GraderBehaviourTest {
    private static final String RUBRIC = "gm-case-study";

    private static GradeResult grade(String text) {
        return SharedEngine.get().grade(RUBRIC, "t", text);
    }

    private static int score(GradeResult r, String key) {
        return r.components().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().score();
    }

    private static String sample(String name) throws Exception {
        return Files.readString(Path.of("samples/case-studies/" + name + ".txt"));
    }

    @Test
    void aStretchOfPastDataToldInEverydayWordsIsTheSystemsTraining() {
        String told = "ClosureCast recommends whether the county's schools close on a winter morning. The tool was built "
                + "for the district by a consultancy using 14 winters of the district's own closure decisions.";
        String untold = "ClosureCast recommends whether the county's schools close on a winter morning. The tool was built "
                + "for the district by a consultancy in Columbus.";
        assertEquals(2, score(grade(told), "system"), "the system, and the data it was built from");
        assertEquals(1, score(grade(untold), "system"), "the system alone");
    }

    /** "I ran out of time on the second one" defers the second fix only; "the two fixes" both. */
    @Test
    void aDeferralOfTheSecondFixLeavesTheFirstStanding() {
        String story = "GlideMind is a model that picks the racing wax for a ski team. It was trained on four seasons of "
                + "glide tests at one venue, where the air temperature and the snow always agreed.\n\n"
                + "Fixes: for the training I would retrain it with more recent data from other venues.\n";
        GradeResult second = grade(story + "I only really had one idea for fixes, sorry, I ran out of time on the second one.");
        assertEquals(1, score(second, "fix_training"), "the first fix stands");
        assertEquals(0, score(second, "fix_evaluation"), "the second is deferred");
        GradeResult both = grade(story + "(still need to add the two fixes properly!!)");
        assertEquals(0, score(both, "fix_training"), "both deferred");
        // a deferral that names no part ("both", "the second one") declares none absent, and reads without error
        GradeResult unnamed = grade(story + "(still need to do both parts, the second one especially!!)");
        assertEquals(1, score(unnamed, "fix_training"), "no part named");
    }

    /** A training the writer says they do not know ("somehow", "or something") is not described, however it is worded. */
    @Test
    void aTrainingTheWriterDoesNotKnowIsNotDescribed() {
        String system = "EggSort is a camera-guided robot at our trout hatchery that picks dead eggs out of the trays. ";
        String known = system + "The company trained it on photos of eggs from their own hatchery trays.";
        assertEquals(2, score(grade(known), "system"), "the system and what it learned from");
        for (String unknown : List.of("The company trained it somehow, on photos of eggs from their hatchery trays.",
                "The company trained it on photos of eggs from their hatchery trays or something.",
                "The company trained it on photos of eggs from their hatchery trays, I don't know more than that.")) {
            assertEquals(1, score(grade(system + unknown), "system"), unknown);
        }
    }

    @Test
    void casesProposedToUndoTheCorrelationAfterTheFailureAreATargetedTrainingChange() {
        String story = "GlideMind is a model that picks the racing wax for a ski team. It was trained on four seasons of "
                + "glide tests at one venue, where the air temperature and the snow always agreed, so it learned to pick "
                + "wax by the air thermometer instead of by the snow. At a lowland race the air was warm and the snow "
                + "was old and icy, so it picked a warm wax and two skiers lost their places.\n\n";
        String undone = "Next season I want days where the air says one wax and the snow says another, so the "
                + "thermometer stops predicting the winner.";
        assertEquals(2, score(grade(story + undone), "fix_training"), "cases that undo the correlation");
        // the same words for a test set are the evaluation's change
        String tested = "For evaluation, build test sets that break the link between the air temperature and the "
                + "winning wax.";
        assertEquals(0, score(grade(story + tested), "fix_training"), "a decorrelated test set changes no training");
    }

    @Test
    void sameTextTwiceGivesTheSameBytes() throws Exception {
        String text = sample("complete-headed");
        String a = Json.MAPPER.writeValueAsString(grade(text));
        String b = Json.MAPPER.writeValueAsString(grade(text));
        assertEquals(a, b);
        assertTrue(a.contains("\"rubric_version\":\"") && a.contains("\"engine_version\":\""), a);
    }

    @Test
    void aNoteToSelfAboutTheWritingEarnsNothingButPlannedWorkStillCounts() {
        String draft = "System: a dough-folding robot in a bakery, trained with reinforcement learning on one butter.\n"
                + "Proxy goal: it may learn to hit a target thickness. TODO explain why this would look the same in "
                + "training\nDistribution shift: TODO\nFixes: TODO (need one for the evaluation, ask on forum)";
        GradeResult r = grade(draft);
        assertEquals(0, score(r, "distribution_shift"), r.toString());
        assertEquals(0, score(r, "fix_evaluation"), r.toString());
        assertTrue(score(r, "proxy_goal") < 2, "the why is only promised: " + r);
        String withoutNotes = draft.replaceAll("TODO[^\n]*", "");
        assertEquals(grade(withoutNotes).components().stream().map(c -> c.score()).toList(),
                r.components().stream().map(c -> c.score()).toList(), "a note earns what a blank earns");
        GradeResult notes = grade("System: TODO\nAligned goal: TODO\nProxy: TODO\nShift: TODO\nFixes: TODO\n"
                + "Evaluation: TODO\nTODO word count\nTODO ask on the forum");
        assertEquals("en", notes.flags().language(), "'todo' is Spanish, a TODO is not: " + notes);
    }

    @Test
    void aRewardRewrittenIsATrainingChangeButNotToItsDistribution() {
        String text = "PaceIQ is a limiter system for go-karts, trained with reinforcement learning on two seasons of "
                + "session logs and rewarded for laps completed. It learned to keep juniors at full speed in traffic. "
                + "We've rewritten the objective so that PaceIQ is penalised for every contact event.";
        GradeResult r = grade(text);
        assertEquals(1, score(r, "fix_training"), "a change to training, not to its distribution: " + r);
    }

    @Test
    void aPartSaidToBeUnwrittenEarnsNothing() {
        String draft = "FOGHORN CONTROLLER AI STOP LEARNS FROM OLD KEEPER LOGS STOP GOAL SOUND HORN WHEN SHIPS NEED IT "
                + "STOP PROXY SOUND HORN WHEN AIR IS DAMP STOP DEPLOYMENT PART NOT DONE STOP FIXES TO FOLLOW STOP";
        GradeResult r = grade(draft);
        assertEquals(0, score(r, "distribution_shift"), "the deployment is only named as missing: " + r);
        GradeResult asked = grade("The foghorn controller learned from twenty years of keeper logs to sound the horn "
                + "when the air is damp. I haven't done the two fixes yet, do you have any ideas for the evaluation one?");
        assertEquals(0, score(asked, "fix_evaluation"), "an admission and a question propose nothing: " + asked);
        GradeResult listed = grade("The foghorn controller learned from twenty years of keeper logs to sound the horn "
                + "when the air is damp.\n\nStill to do: the two fixes (one training, one evaluation).");
        assertEquals(0, score(listed, "fix_training") + score(listed, "fix_evaluation"),
                "a to-do list names the parts still missing: " + listed);
        String goal = "Aligned goal: to follow the marked trail to the hut whatever the weather.";
        assertEquals(goal, Layout.withoutWithdrawn(goal), "a goal 'to follow' the trail is the case's own");
        assertTrue(Layout.withoutWithdrawn("Shift: the new park. FIXES TO FOLLOW").strip().endsWith("park."));
    }

    @Test
    void explainGivesTheGradeItselfAndOneTraceLinePerSentence() throws Exception {
        Grader grader = SharedEngine.get().grader("gm-case-study");
        for (String name : new String[]{"complete-headed", "gaming-repeated", "non-english-es"}) {
            String text = sample(name);
            Grader.Explained e = grader.explain(name, text);
            assertEquals(Json.MAPPER.writeValueAsString(grader.grade(name, text)), Json.MAPPER.writeValueAsString(e.result()), name);
            if (e.result().status().equals("graded")) {
                assertEquals(SharedEngine.get().nlp().annotate(text).sentences().size(), e.sentences().size(), name);
                assertEquals(text.substring(e.sentences().get(0).start(), e.sentences().get(0).end()), e.sentences().get(0).text());
            } else {
                assertTrue(e.sentences().isEmpty(), name);
            }
        }
    }

    @Test
    void anUnheadedParagraphTakesItsSectionFromItsTopicSentenceAndAClauseBeforeAColonIsNoLabel() {
        String text = "A hospital trained a triage model on ten years of records from its city wards.\n\n"
                + "The distribution shift happens when the model is installed in a rural clinic. "
                + "The model still works smoothly: it reads every chart and produces confident scores. "
                + "It ranks farm workers last because their charts are short.\n\n"
                + "> Patients at the clinic wait longer.";
        List<Grader.SentenceTrace> t = SharedEngine.get().grader("gm-case-study").explain("p", text).sentences();
        assertEquals(5, t.size(), t.toString());
        assertEquals(List.of(), structural(t.get(0)), "no topic cue: no section");
        for (int i = 1; i <= 3; i++) assertEquals(List.of("distribution_shift"), structural(t.get(i)), t.get(i).text());
        assertFalse(t.get(2).notes().contains("label"), "'The model still works smoothly:' is a clause, not a label");
        assertEquals(List.of(), structural(t.get(4)), "a blank line ends the paragraph");
    }

    /** The section from headings, labels and topic sentences; the section model's reading ("~key") aside. */
    private static List<String> structural(Grader.SentenceTrace s) {
        return s.section().stream().filter(k -> !k.startsWith("~")).toList();
    }

    @Test
    void anImperativeAfterAnOpeningPhraseIsAProposal() {
        Grader grader = SharedEngine.get().grader("gm-case-study");
        String imperative = grader.rubric().imperativeConcept();
        List<Grader.SentenceTrace> t = grader.explain("p", "The drone was trained in a simulator of suburban gardens.\n\n"
                + "In the simulator, vary where the landing mat lies.\n\nIn the simulator, the mat always lay on grass.").sentences();
        assertTrue(t.get(1).concepts().contains(imperative), t.get(1).toString());
        assertFalse(t.get(2).concepts().contains(imperative), t.get(2).toString());
    }

    @Test
    void aPartTheLearnerSaysIsNotWrittenEarnsNothingFromOtherSentences() {
        String caseStudy = "A tango practice robot follows a human leader. It was trained with the school's two "
                + "teachers, who always looked where they were about to step. It should follow the leader's body lead, "
                + "but it learned to follow the leader's gaze, since gaze and lead always agreed in training. With "
                + "students who look at their feet, it steps the wrong way and someone could get hurt.\n\n"
                + "Fix: train it with lots of different leaders, not only the teachers.";
        GradeResult declared = grade(caseStudy + " For evaluation I'm honestly not sure what to do.");
        assertEquals(0, score(declared, "fix_evaluation"), declared.components().toString());
        assertTrue(score(declared, "fix_training") >= 1, declared.components().toString());
    }

    @Test
    void aTrainingChangeMadeOrPlannedWithoutAWordOfProposingIsStillProposed() {
        String caseStudy = "A page-turning app listens to an orchestra and turns each player's digital score. It was "
                + "trained on recordings of one orchestra's rehearsals. It should turn the page when the music reaches "
                + "the end of it, but it learned to turn every forty seconds, because in those rehearsals a page "
                + "always lasted about forty seconds. With a guest soloist who plays slowly it turns too early and the "
                + "players lose their place in the concert.\n\n";
        for (String fix : new String[]{
                "For the training I will use more different recordings from other orchestras.",
                "After the concert the vendor retrained it with a larger and more diverse set of recordings."}) {
            GradeResult r = grade(caseStudy + fix);
            assertTrue(score(r, "fix_training") >= 1, fix + ": " + r.components());
        }
    }

    @Test
    void theGoalToldAsTheSystemsJobIsStated() {
        GradeResult r = grade("A crack classifier runs on the images from a rail inspection train. What it is there to "
                + "do is simple: find the cracks that are actually in the steel, on any rail, in any condition.");
        assertEquals(2, score(r, "aligned_goal"), r.components().toString());
    }

    @Test
    void aSystemToldWithItsTaskImpliesItsGoal() {
        String text = "An AI camera over the milking parlour exit scores lameness in dairy cows from how they walk. It was "
                + "trained on 8,000 videos from one farm.";
        assertEquals(1, score(grade(text), "aligned_goal"));
    }

    @Test
    void bothFixesInOneSentenceAreBothCredited() {
        String text = "A robot lawnmower is trained with reinforcement learning in a simulator of generated backyards "
                + "and rewarded for lawn area cut.\n\nThe makers want it to cut the lawn and nothing else.\n\n"
                + "It could learn to cut anything green and low instead, because in every simulated yard the lawn was "
                + "the only low green surface, so both rules earn the same reward.\n\n"
                + "In real gardens with green ground-cover plants next to the lawn, the mower would drive straight in "
                + "and shred the plants, destroying flower beds.\n\n"
                + "I would generate simulated yards where green plants border the lawn, and before release I would "
                + "test it on held-out gardens with green plants next to the lawn, counting every plant strike.";
        GradeResult r = grade(text);
        for (String key : new String[]{"fix_training", "fix_evaluation"}) {
            ComponentResult c = r.components().stream().filter(x -> x.key().equals(key)).findFirst().orElseThrow();
            assertEquals(2, c.score(), key + ": " + c);
        }
    }

    @Test
    void warmingUpTheEngineChangesNoGrade() throws Exception {
        String text = sample("prose-wildfire");
        String before = Json.MAPPER.writeValueAsString(grade(text));
        SharedEngine.get().warmUp(Duration.ofMillis(300));
        assertEquals(before, Json.MAPPER.writeValueAsString(grade(text)));
    }

    @Test
    void everyGradeRecordsRubricAndEngineVersions() {
        GradeResult r = grade("The robot was trained in a simulator.");
        assertFalse(r.rubricVersion().isBlank());
        assertFalse(r.engineVersion().isBlank());
        assertEquals(6, r.components().size());
    }

    @Test
    void headingsAreCuesNotRequirements() throws Exception {
        // the same essay with and without its headings earns the same total within one point
        String headed = sample("complete-headed");
        String bare = headed.replaceAll("(?m)^#+ .*$", "");
        int withHeadings = grade(headed).total();
        int without = grade(bare).total();
        assertTrue(Math.abs(withHeadings - without) <= 1, withHeadings + " vs " + without);
    }

    @Test
    void componentsInAnyOrder() throws Exception {
        String text = sample("complete-headed");
        String[] parts = text.split("(?m)^## ");
        StringBuilder reversed = new StringBuilder(parts[0]);
        for (int i = parts.length - 1; i >= 1; i--) reversed.append("## ").append(parts[i]).append('\n');
        assertEquals(12, grade(reversed.toString()).total());
    }

    @Test
    void contrastWithOverfittingIsNotAMisconceptionButClaimingItIs() throws Exception {
        assertFalse(grade(sample("contrast-not-overfitting")).flags().misconception());
        assertTrue(grade(sample("misconception-overfitting")).flags().misconception());
    }

    @Test
    void aMisconceptionSaidOfAPersonOrInASimileIsNoClaimButOneBesideItIs() throws Exception {
        String base = sample("prose-no-vocabulary");
        GradeResult person = grade(base
                + "\n\nThe referees, who can't see every table at once, trust the model's calls.");
        assertFalse(person.flags().misconception(), person.flags().reasons().toString());
        GradeResult beside = grade(base + "\n\nLike a student who memorises the answers, the model has overfit to its "
                + "training data.");
        assertTrue(beside.flags().misconception(), beside.flags().reasons().toString());
    }

    @Test
    void deniedMisconceptionIsNotRaised() throws Exception {
        String base = sample("prose-no-vocabulary");
        GradeResult denied = grade(base + "\n\nThis is not a case of overfitting or memorization: the ranking skill transfers, the goal does not.");
        assertFalse(denied.flags().misconception(), denied.flags().reasons().toString());
        GradeResult claimed = grade(base.replace("The trouble is that", "The real cause is that the model overfit and memorized the records, and")
                .replace("So the model could", "So the model could"));
        assertTrue(claimed.flags().misconception(), claimed.flags().reasons().toString());
    }

    @Test
    void aFailureExplainedAsOverfittingIsAMisconceptionNotOffTopic() {
        GradeResult r = grade("The system is a credit-scoring model trained on five years of loan records from one bank. "
                + "The bank wants it to predict who will repay. The problem is that the model would overfit to the training "
                + "data and memorize the customers it saw, so on new applicants it would fail and give random scores. When "
                + "the bank uses it in a new city, many good customers are rejected and the bank loses money. I would add "
                + "regularization, and for evaluation I would use cross-validation on the same records.");
        assertTrue(r.flags().misconception(), r.flags().reasons().toString());
        assertFalse(r.flags().offTopic(), r.flags().reasons().toString());
        assertTrue(r.total() > 2 && r.total() < 10, "partial credit, capped: " + r.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // term list without sentences
            "proxy goal\naligned goal\ndistribution shift\ndomain randomization\nadversarial evaluation\nred-teaming\ninterpretability\nstaged rollout",
            // the lesson's definitions pasted back
            "During training, an AI system learns a behavior policy. That policy is consistent with many possible goals. The system adopts some internal goal. During training, it looks perfectly aligned because the goal it adopted happens to produce the right behavior in the training environment. Then comes deployment. The input distribution shifts. If the system internalized one of the misaligned ones, behavior breaks down, not due to low capability, but due to pursuing the wrong goal competently. Adversarial evaluation, deliberately testing systems on inputs that expose the gap between aligned and misaligned goals, is essential for detecting goal misgeneralization before deployment.",
            // headings with empty content and filler
            "# The AI system\nTBD\n# Aligned goal\nTBD\n# Proxy goal\nTBD\n# Distribution shift\nTBD\n# Fixes\nTBD",
    })
    void gamingStylesEarnAtMostTwo(String text) {
        GradeResult r = grade(text);
        assertTrue(r.total() <= 2, "total " + r.total() + " for: " + text);
        assertTrue(r.flags().gaming() || r.flags().offTopic(), r.flags().toString());
    }

    @Test
    void gamingSamplesEarnAtMostTwoAndAreFlagged() throws Exception {
        for (String name : new String[]{"gaming-keyword-salad", "gaming-repeated", "gaming-prompt-pasted", "gaming-empty-headings", "gaming-abstract-template"}) {
            GradeResult r = grade(sample(name));
            assertTrue(r.total() <= 2, name + ": " + r.total());
            assertTrue(r.flags().gaming(), name + ": " + r.flags());
        }
    }

    @Test
    void feedbackQuotesTheLearnersOwnWordsAndNamesWhatIsMissing() throws Exception {
        String text = sample("complete-headed");
        String noFixes = text.substring(0, text.indexOf("## Proposed changes"));
        GradeResult r = grade(noFixes);
        ComponentResult proxy = r.components().stream().filter(c -> c.key().equals("proxy_goal")).findFirst().orElseThrow();
        assertEquals(2, proxy.score());
        assertFalse(proxy.evidence().isEmpty());
        proxy.evidence().forEach(e -> assertEquals(noFixes.substring(e.start(), e.end()), e.quote()));
        ComponentResult fix = r.components().stream().filter(c -> c.key().equals("fix_training")).findFirst().orElseThrow();
        assertEquals("missing", fix.status());
        assertTrue(fix.feedback().contains("training distribution"), fix.feedback());
        // the overall feedback leads with the step worth most points: here one of the two missing fixes
        assertTrue(r.feedback().contains("Next step (up to 2 points, change to the"), r.feedback());
    }

    @Test
    void partialFixFeedbackNamesTheLearnersProxyInTheirWords() throws Exception {
        String text = sample("complete-headed").replaceAll("- Training distribution:.*", "- Training distribution: use more data.");
        GradeResult r = grade(text);
        ComponentResult fix = r.components().stream().filter(c -> c.key().equals("fix_training")).findFirst().orElseThrow();
        assertEquals(1, fix.score());
        assertTrue(fix.feedback().contains("report a gap wherever a price label"), "names the learner's proxy: " + fix.feedback());
    }

    @Test
    void nonEnglishIsSentToReviewWithItsLanguage() {
        GradeResult fr = grade("Le système est un robot de nettoyage entraîné dans un simulateur. Les concepteurs voulaient qu'il nettoie tout le sol. Mais il pourrait apprendre à éviter les zones sombres, parce que dans l'entraînement tous les escaliers étaient sombres.");
        assertEquals(GradeResult.NEEDS_REVIEW, fr.status());
        assertEquals("fr", fr.flags().language());
        assertNull(fr.total());
        assertEquals(6, fr.components().size());
        GradeResult pt = grade("O sistema é um robô de limpeza treinado num simulador com casas de chão claro. Os projetistas queriam que ele limpasse todo o chão sem cair das escadas, mas o robô poderia aprender a evitar as zonas escuras.");
        assertEquals("pt", pt.flags().language());
    }

    @Test
    void blankAndOverLongTextsAreRejectedNotScored() {
        assertEquals(GradeResult.REJECTED, grade("   \n ").status());
        GradeResult big = grade("word ".repeat(200_000));
        assertEquals(GradeResult.REJECTED, big.status());
        assertTrue(big.error().contains("limit"), big.error());
    }

    @Test
    void aLongTextWithoutPunctuationIsBoundedInTime() {
        // just under the character limit, one "sentence" of ~11,000 tokens: cut into bounded runs, graded quickly
        String text = "the robot learned to follow the bright tape and ".repeat(1300);
        GradeResult r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> grade(text.substring(0, 59_000)));
        // graded, or sent to review as a long text that earns almost nothing: never rejected, never without a total
        assertTrue(r.status().equals(GradeResult.GRADED) || r.status().equals("needs_review"), r.status());
        assertTrue(r.total() != null && r.total() <= 2, r.toString());
    }

    @Test
    void unknownRubricIsAnError() {
        try {
            SharedEngine.get().grade("no-such-rubric", "x", "text");
        } catch (GradingService.UnknownRubricException e) {
            assertTrue(e.getMessage().contains("no-such-rubric"));
            return;
        }
        throw new AssertionError("expected UnknownRubricException");
    }

    @Test
    void anAdmissionAfterALongerOpeningThatNamesThePartProposesNothing() {
        String text = "DeckBot is a tracked robot with a pressure-washer nozzle that was trained with RL in a simulator of "
                + "decks and fine-tuned on 300 real decks in Florida. The designers wanted it to clean decks without "
                + "damaging the wood. It learned to keep spraying until the boards are pale, because all the training "
                + "decks were pale pine when clean. In Oregon the cedar decks are dark even when clean, so it keeps "
                + "spraying and gouges the boards, which costs customers thousands.\n\n"
                + "Fix to training: add cedar and stained decks to the training set.\n\n";
        // "For the evaluation part I am honestly not sure what to change": seven words before the admission
        assertEquals(0, score(grade(text + "For the evaluation part I am honestly not sure what to change."),
                "fix_evaluation"));
        // ... while a proposal after such an opening is still one
        assertTrue(score(grade(text + "For the evaluation part I would test DeckBot on dark cedar decks before selling "
                + "it."), "fix_evaluation") > 0);
    }

    @Test
    void aParagraphTheLearnerAsksToIgnoreNamesNothing() {
        String text = "System: HedgeBot is a trimming robot trained in a simulator of privet hedges.\n\n"
                + "Proxy goal: the reward counted green pixels above the line, so it learned to cut until no green "
                + "pixels were left above the line.\n\n"
                + "EDIT: please ignore my proxy paragraph above, that was the reward being wrong. New version:\n\n"
                + "Proxy goal (new): HedgeBot learned to cut along the top of the wooden fence, because in every "
                + "training garden the fence ran exactly at the height the owners wanted.\n\n"
                + "Shift: in gardens with low fences it cuts the hedges down to the fence and ruins them.";
        GradeResult g = grade(text);
        String quotes = g.components().stream().filter(c -> c.key().equals("proxy_goal"))
                .flatMap(c -> c.evidence().stream()).map(e -> e.quote()).toList().toString();
        assertFalse(quotes.contains("green pixels"), "the withdrawn proxy is not quoted: " + quotes);
        assertTrue(quotes.contains("fence"), "the new proxy is: " + quotes);
        String feedback = g.components().stream().filter(c -> c.key().equals("proxy_goal")).findFirst().orElseThrow()
                .feedback();
        assertFalse(feedback.contains("green pixels"), feedback);
    }

    @Test
    void aPartTheLearnerCouldNotThinkOfIsAbsent() {
        // the system's sentence says where it is used; the learner says no shift was found
        String text = "My system is PadAlert, a wetness sensor used in care homes that tells carers when a resident's "
                + "pad should be changed. It was trained on a year of sensor readings from two homes. The aligned goal "
                + "is that carers change pads when they are wet. The proxy goal could be that it learned the time since "
                + "the last change, because in both homes pads were changed every four hours. ";
        assertTrue(score(grade(text + "In a home that changes pads at night only, it would call carers every four "
                + "hours to dry pads while wet ones wait, so residents get sore skin."), "distribution_shift") > 0);
        assertEquals(0, score(grade(text + "I couldn't think of a good distribution shift for this one."),
                "distribution_shift"));
    }
}
