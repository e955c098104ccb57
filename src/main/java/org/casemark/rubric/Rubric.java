package org.casemark.rubric;

import java.util.List;
import java.util.Map;

/**
 * A validated rubric. Matching vocabulary ({@link #concepts}) is data: each concept is a list of phrases matched
 * against lemmas and surface words; criteria combine concepts per sentence; levels map met criteria to a score.
 */
public record Rubric(
        String id,
        String version,
        String title,
        String description,
        Limits limits,
        Map<String, List<String>> concepts,
        List<String> negationCues,
        List<String> negatable,
        List<String> denialCues,
        List<String> deniable,
        String imperativeConcept,
        String numberConcept,
        List<String> beforeScenarioNoun,
        List<String> adjectiveBeforeScenarioNoun,
        String peopleConcept,
        String statedRuleConcept,
        String actingConcept,
        List<String> actingExcludes,
        List<String> actingObjectExcludes,
        String affectedConcept,
        List<String> answerInherits,
        List<Component> components,
        FlagRules flags,
        Gaming gaming,
        Map<String, SlotRule> slots,
        List<String> copySources,
        SectionModel sectionModel,
        String source) {

    public Rubric {
        concepts = Map.copyOf(concepts);
        negationCues = List.copyOf(negationCues);
        negatable = List.copyOf(negatable);
        denialCues = List.copyOf(denialCues);
        deniable = List.copyOf(deniable);
        adjectiveBeforeScenarioNoun = List.copyOf(adjectiveBeforeScenarioNoun);
        beforeScenarioNoun = List.copyOf(beforeScenarioNoun);
        answerInherits = List.copyOf(answerInherits);
        actingExcludes = List.copyOf(actingExcludes);
        actingObjectExcludes = List.copyOf(actingObjectExcludes);
        components = List.copyOf(components);
        slots = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(slots));
        copySources = List.copyOf(copySources);
    }

    public int max() {
        return components.stream().mapToInt(Component::max).sum();
    }

    public record Limits(int maxChars, int maxSentenceTokens, int minWords) {
    }

    public record Component(
            String key,
            String title,
            String description,
            int max,
            List<String> headings,
            List<Criterion> criteria,
            List<Level> levels,
            Feedback feedback,
            String toldAfter,
            List<String> quotedApartFrom,
            List<String> notUnder) {
        public Component {
            quotedApartFrom = List.copyOf(quotedApartFrom);
            notUnder = List.copyOf(notUnder);
            headings = List.copyOf(headings);
            criteria = List.copyOf(criteria);
            levels = List.copyOf(levels);
        }
    }

    /** A sub-criterion: met when any of its rules holds for some credited sentence. */
    /**
     * A criterion: {@code credit} (optional) names, for the learner, what a sentence that meets it gives ("the training
     * setting"); feedback shows it with the learner's words from that sentence. {@code notQuotedFor}: criteria of
     * earlier components whose quoted sentence cannot meet this one (the sentence naming the proxy is not also the
     * behaviour after the shift), unless it states one of {@code quotedUnless} ("I would generate yards with plants by
     * the lawn, and before release test it on held-out gardens" states a test: both fixes). A sentence that states
     * one of {@code quotedLastWith} is quoted after those that do not; one that states none of {@code quotedFirstWith}
     * (where given) after those that state one, unless {@code quotedFirstActing} and the system, referred back to as
     * "it", acts in it ("In the rain it sands beautifully").
     */
    public record Criterion(String id, String description, List<Rule> rules, String missing, String credit,
                            List<MissingWhen> missingWhen, List<String> notQuotedFor, List<String> quotedUnless,
                            boolean quoteLabelled, List<String> quotedLastWith, List<String> quotedFirstWith,
                            boolean quotedFirstActing) {
        public Criterion {
            rules = List.copyOf(rules);
            quotedLastWith = List.copyOf(quotedLastWith);
            quotedFirstWith = List.copyOf(quotedFirstWith);
            missingWhen = List.copyOf(missingWhen);
            notQuotedFor = List.copyOf(notQuotedFor);
            quotedUnless = List.copyOf(quotedUnless);
        }
    }

    /**
     * What a missing criterion's feedback says when another criterion is met: {@code text} quotes, as {@code {gist}},
     * the learner's words that met {@code criterion} ("Say what harm follows when it does what you describe (“…”)").
     */
    public record MissingWhen(String criterion, String text) {
    }

    /**
     * One way to meet a criterion, tested on one sentence: every concept of {@code all} in that sentence, at least
     * one of {@code any} (when given) in it or up to {@code window} sentences around it, none of {@code none} in it; {@code inSection} restricts to sentences under this component's heading;
     * {@code minScenario}: the sentence names at least that many words of the learner's own scenario (nouns and
     * adjectives that are neither rubric vocabulary nor generic words), so that "an AI system" earns nothing;
     * {@code overlapWith}/{@code minOverlap}: the sentence shares at least that many scenario words with the
     * evidence of another component (ties a fix to the proxy the learner named); {@code after}: the sentence comes
     * after the first sentence that meets one of that component's criteria (its account has begun, wherever it goes
     * on: a story may tell the failure before it explains the proxy); {@code afterAll}: it comes after every such
     * sentence; {@code afterStart}: in the paragraph that introduces the system (where
     * the first component's evidence begins), it comes after the first sentence of that component's evidence (in other
     * paragraphs, and in the rule's own component's section, it may come anywhere); {@code inPassageOf}: it follows, in
     * the same paragraph, a sentence that meets one of these earlier criteria of its component; {@code minWords}: the
     * sentence has at least that many words (a goal said at some length, not a fragment of a few words).
     */
    public record Rule(List<String> all, List<String> any, List<String> none, int window, boolean inSection,
                       int minScenario, List<String> overlapWith, int minOverlap, boolean noneInClause, String after,
                       String afterAll, List<String> inPassageOf, String afterStart, List<String> leansOn,
                       int minWords) {
        public Rule {
            leansOn = List.copyOf(leansOn);
            all = List.copyOf(all);
            any = List.copyOf(any);
            none = List.copyOf(none);
            overlapWith = List.copyOf(overlapWith);
            inPassageOf = List.copyOf(inPassageOf);
        }
    }

    /** Score {@code score} when all of {@code all} criteria and at least {@code minAny} of {@code any} are met. */
    public record Level(int score, List<String> all, List<String> any, int minAny) {
        public Level {
            all = List.copyOf(all);
            any = List.copyOf(any);
        }

        /** The level counts criterion {@code id}, required or as an alternative. */
        public boolean counts(String id) {
            return all.contains(id) || any.contains(id);
        }
    }

    /**
     * A component's feedback at each outcome; {@code capped} (optional, else {@code partial}) is what to do when a
     * flag's cap, not a missing criterion, keeps the component below its maximum.
     */
    public record Feedback(String met, String partial, String missing, String capped, List<PartialWhen> partialWhen) {
        public Feedback {
            partialWhen = List.copyOf(partialWhen);
        }
    }

    /**
     * A partial component's diagnosis: when the sentence that earned its partial credit names one of {@code concepts}
     * ("more data", "change the reward"), {@code text} says why that falls short, instead of the generic partial text.
     */
    public record PartialWhen(List<String> concepts, String text) {
        public PartialWhen {
            concepts = List.copyOf(concepts);
        }
    }

    /**
     * Essay flags: the concepts that signal a misconception (in a sentence about the system or its training, see
     * {@code misconceptionContext}, and unless a contrast concept shares the sentence or its passage announces a
     * contrast); {@code genericCues}: words just before a misconception phrase that make it a simile or a generic
     * case ("like a memorised route", "an overfit model would ..."); {@code proxyDenial}: a concept whose denial
     * ("there is no separate proxy") is a capability-failure misconception; {@code contrastCues}: words just
     * before a misconception phrase that make its paragraph (or, in a heading, its section) a contrast passage;
     * {@code rewardDisguise}: how a reward misspecification that never says so is told from its structure (or null);
     * {@code subject} and {@code subjectWith}: a sentence with a subject concept and one of its companions is
     * evidence that the write-up is about an AI system's learning, which keeps it from being confidently off
     * topic, and so is a sentence with one of {@code systemConcepts} and one of {@code madeFor} (what the system
     * was built or designed to pursue, or was found to go by); {@code systemConcepts}: a write-up in which none of these occurs names no AI
     * system at all, so it is off topic whatever else its phrases match; sets of criteria of which one must be wholly met for the essay to be on topic; caps applied to
     * component scores when a flag is raised; {@code diagnosis}: the concepts that name the course's own diagnosis
     * ("goal misgeneralization", "GM"): a yes/no question whether the case is one ("Is this actually GM?") makes its
     * paragraph (as a heading, its section) a contrast passage that weighs the diagnoses; {@code corroboratedBy}: for a
     * misconception concept, a concept whose words elsewhere in the write-up add a second signal to its claim (never a
     * first: a proposal to relabel backs "the labels were wrong" but claims nothing alone); {@code purposeOnly}: the
     * misconception concepts whose
     * words, as the purpose of a proposed change ("crop the input so the model can't see the hands"), say what the
     * change is for and diagnose nothing (the others, "add dropout so it stops memorising", tell the diagnosis);
     * {@code systemOnly}: the misconception concepts that say nothing of the system where they describe another
     * thing ("oysters that are dead or too weak to survive"), or where their subject is one of {@code otherSubjects}
     * ("the divergence that ordinary held-out validation cannot see" says what a test misses).
     */
    public record FlagRules(List<String> misconception, List<String> misconceptionContext, List<String> contrast,
                            List<String> genericCues, List<String> contrastCues, String proxyDenial,
                            RewardDisguise rewardDisguise, List<String> subject,
                            List<String> subjectWith, List<String> madeFor, List<String> systemConcepts,
                            List<List<String>> onTopic, Map<String, Map<String, Integer>> caps,
                            List<String> diagnosis, List<String> purposeOnly, List<String> systemOnly,
                            List<String> otherSubjects, Map<String, String> corroboratedBy) {
        public FlagRules {
            systemOnly = List.copyOf(systemOnly);
            otherSubjects = List.copyOf(otherSubjects);
            corroboratedBy = Map.copyOf(corroboratedBy);
            diagnosis = List.copyOf(diagnosis);
            purposeOnly = List.copyOf(purposeOnly);
            misconception = List.copyOf(misconception);
            misconceptionContext = List.copyOf(misconceptionContext);
            contrast = List.copyOf(contrast);
            genericCues = List.copyOf(genericCues);
            contrastCues = List.copyOf(contrastCues);
            subject = List.copyOf(subject);
            subjectWith = List.copyOf(subjectWith);
            madeFor = List.copyOf(madeFor);
            systemConcepts = List.copyOf(systemConcepts);
            onTopic = List.copyOf(onTopic);
            caps = Map.copyOf(caps);
        }
    }

    /**
     * How a disguised reward misspecification shows: {@code inTraining} (a phrase that places the behaviour in
     * training), or one of the {@code already} markers (a time, "already", "even in"; or a sighting, "was visible",
     * "you can see it") with one of the {@code phase} concepts (training, validation) beside it, in a sentence that is
     * not a {@code proposal} (a report); {@code reward}, the training signal the designers wrote; {@code edit}, a
     * training fix that edits it, as is a training fix that proposes something about the reward in one clause and
     * names none of the {@code data} concepts. A sentence that says the reward was met in training ({@code rewardMet}:
     * "the old stops already satisfied it, so the shortcut never lost reward") tells why training could not tell the
     * goals apart, not a bad behaviour seen there. A write-up that names the failure ({@code named}: "reward
     * misspecification") in a passage that sets it apart from its case is no disguise: it knows the difference.
     */
    public record RewardDisguise(String inTraining, String reward, String edit, List<String> already,
                                 List<String> phase, List<String> proposal, List<String> data, List<String> rewardMet,
                                 List<String> named) {
        public RewardDisguise {
            already = List.copyOf(already);
            phase = List.copyOf(phase);
            proposal = List.copyOf(proposal);
            data = List.copyOf(data);
            rewardMet = List.copyOf(rewardMet);
            named = List.copyOf(named);
        }
    }

    /**
     * Where feedback finds one of the learner's own words for a part of their case: in the sentence that met
     * {@code criterion}, {@code take} "phrase" (a proper name, else the noun phrase around {@code concept}'s hit) or
     * "after" (the words after {@code concept}'s hit, to a clause break); never words mostly taken from the
     * sentence that met {@code unlike} (optional: a proxy told in the intended goal's words is no proxy's name).
     * Feedback templates name slots as {@code {name}}, {@code {Name}} (capitalised) or {@code {(name)}} (" (words)"
     * when filled, nothing when not).
     */
    public record SlotRule(String criterion, String take, String concept, String unlike) {
    }

    /** Thresholds of the mechanisms that keep salad, pasted prompts, templates and repeats from earning credit. */
    public record Gaming(List<String> rubricTerms, double maxTermDensity, double maxCopiedShare,
                         double maxDuplicateShare, double minCreditedShare, int minScenarioWords,
                         double maxDefinitionShare,
                         List<String> lessonExample, int lessonExampleMin, double lessonExampleMinShare,
                         List<String> genericWords, List<String> courseVocabulary, double maxUnknownShare,
                         int minUnknownWords, List<String> graderDirectives, double maxDeniedShare) {
        public Gaming {
            rubricTerms = List.copyOf(rubricTerms);
            lessonExample = List.copyOf(lessonExample);
            genericWords = List.copyOf(genericWords);
            courseVocabulary = List.copyOf(courseVocabulary);
            graderDirectives = List.copyOf(graderDirectives);
        }

        /**
         * The lesson's example is retold as the case, not compared with: {@code concepts} of its concepts named, in
         * {@code telling} of the {@code sentences} counted.
         */
        public boolean lessonExampleRetold(int concepts, int telling, int sentences) {
            return concepts >= lessonExampleMin && telling >= lessonExampleMinShare * sentences;
        }
    }

    /**
     * A naive Bayes model of which component a sentence speaks to, trained by {@code casemark train-sections} from
     * write-ups whose headings give each sentence's component for free; versioned with the rubric (its bytes enter
     * {@code rubric_version}). {@code logLikelihood} maps a feature (a content lemma "w:word" or a concept
     * "c:concept") to one log probability per class; a sentence is read as a class when that class's posterior is at
     * least {@code threshold} and it has at least {@code minFeatures} features.
     */
    public record SectionModel(List<String> classes, double[] logPrior,
                               Map<String, double[]> logLikelihood, double threshold, int minFeatures,
                               Map<String, Double> classThresholds) {
        public SectionModel {
            classes = List.copyOf(classes);
            logPrior = logPrior.clone();
            logLikelihood = Map.copyOf(logLikelihood);
            classThresholds = Map.copyOf(classThresholds);
        }

        public SectionModel(List<String> classes, double[] logPrior, Map<String, double[]> logLikelihood,
                            double threshold, int minFeatures) {
            this(classes, logPrior, logLikelihood, threshold, minFeatures, Map.of());
        }

        /** The posterior a reading of {@code component} needs: the rubric's own for it, else the model's. */
        public double threshold(String component) {
            return classThresholds.getOrDefault(component, threshold);
        }

        /** The same model, read with the rubric's posterior for some components ({@code section_model_thresholds}). */
        public SectionModel withClassThresholds(Map<String, Double> thresholds) {
            return new SectionModel(classes, logPrior, logLikelihood, threshold, minFeatures, thresholds);
        }
    }
}
