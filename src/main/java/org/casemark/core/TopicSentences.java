package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The topic sentences of prose without headings, for {@link Structure}: a sentence that names a part of the
 * assignment among its first words ("The distribution shift happens when ...", "My proxy would be: ...") or, for a
 * fix, tells in a short imperative what to change ("First, change what the system learns from.") makes its paragraph
 * that part's section.
 */
final class TopicSentences {
    private static final java.util.regex.Pattern PARTICIPLE_TAG = java.util.regex.Pattern.compile("VB[NG]");
    /** A topic sentence names its component within its first words (after "The", "Our", "In my case, the" ...). */
    private static final int TOPIC_CUE_WITHIN = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "this", "its", "their");

    /** The rubric's heading cues of each component. */
    private final HeadingCues cues;
    /** Components a learner proposes (the fixes), not describes. */
    private final Set<String> proposed;

    TopicSentences(HeadingCues cues, Set<String> proposed) {
        this.cues = cues;
        this.proposed = Set.copyOf(proposed);
    }

    /**
     * The component a topic sentence opens with: a heading cue of two words or more ("The distribution shift
     * happens when ...", "Our proxy goal is ...") among its first words, naming one component only. In prose
     * without headings it makes the paragraph that component's section.
     */
    Set<String> components(Reading r, int sentence, int contentFrom) {
        Set<String> found = new TreeSet<>();
        int to = Math.min(r.sentence(sentence).tokens().size(), contentFrom + TOPIC_CUE_WITHIN + 3);
        for (Map.Entry<String, List<List<String>>> e : cues.byComponent().entrySet()) {
            for (List<String> cue : e.getValue()) {
                if (cue.size() < 2 || DETERMINERS.contains(cue.get(0))) continue;
                int at = r.indexOf(sentence, contentFrom, to, cue);
                if (at >= 0 && at <= contentFrom + TOPIC_CUE_WITHIN) found.add(e.getKey());
            }
        }
        if (found.isEmpty()) found.addAll(namedSubject(r, sentence, contentFrom));
        if (found.isEmpty()) found.addAll(changeOfWhat(r, sentence, contentFrom));
        return found.size() == 1 ? found : Set.of();
    }

    /** Openers of a list of proposals told in prose ("First, change ...", "Second, change ..."). */
    private static final Set<String> ORDINALS = Set.of("first", "firstly", "second", "secondly", "third", "thirdly",
            "finally", "also", "then", "next", ",");
    private static final Set<String> CHANGE_VERBS = Set.of("change", "fix", "alter", "modify", "improve", "rethink");
    private static final Set<String> TRAINING_LEMMAS = Set.of("train", "learn", "training", "data");
    private static final Set<String> EVALUATION_LEMMAS = Set.of("test", "evaluate", "evaluation", "validate",
            "validation", "assess", "testing");
    /** A fix told as a short imperative: at most this many words. */
    private static final int CHANGE_WORDS = 10;

    /**
     * "First, change what the system learns from.", "Second, change how it is tested.": a short imperative that
     * opens with a verb of change and says what it changes, the training or the testing, names that fix.
     */
    private Set<String> changeOfWhat(Reading r, int sentence, int contentFrom) {
        List<Token> tokens = r.sentence(sentence).tokens();
        if (r.sentence(sentence).wordCount() > CHANGE_WORDS) return Set.of();
        int k = contentFrom;
        while (k < tokens.size() && ORDINALS.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) k++;
        if (k >= tokens.size() || !tokens.get(k).pos().equals("VB")
                || !CHANGE_VERBS.contains(tokens.get(k).lemma().toLowerCase(Locale.ROOT))) return Set.of();
        boolean training = false, evaluation = false;
        for (int j = k + 1; j < tokens.size(); j++) {
            String lemma = tokens.get(j).lemma().toLowerCase(Locale.ROOT);
            training |= TRAINING_LEMMAS.contains(lemma);
            evaluation |= EVALUATION_LEMMAS.contains(lemma);
        }
        if (training == evaluation) return Set.of();
        String key = training ? "fix_training" : "fix_evaluation";
        return proposed.contains(key) ? Set.of(key) : Set.of();
    }

    /**
     * "Then the shift is ... the app goes on the app store", "My proxy would be: ...": a spoken label, the part of
     * the assignment named as the subject of "is" within the first words. The fixes are proposed, not described
     * with "is" ("the training is" tells how the system was trained), so only the parts a learner describes count.
     */
    private Set<String> namedSubject(Reading r, int sentence, int contentFrom) {
        List<Token> tokens = r.sentence(sentence).tokens();
        Set<String> found = new TreeSet<>();
        for (Map.Entry<String, List<List<String>>> e : cues.byComponent().entrySet()) {
            if (proposed.contains(e.getKey())) continue;
            for (List<String> cue : e.getValue()) {
                List<String> bare = DETERMINERS.contains(cue.get(0)) ? cue.subList(1, cue.size()) : cue;
                if (bare.isEmpty()) continue;
                int at = r.indexOf(sentence, contentFrom, Math.min(tokens.size(), contentFrom + TOPIC_CUE_WITHIN + bare.size() + 1), bare);
                int after = at + bare.size();
                if (at <= contentFrom || at > contentFrom + TOPIC_CUE_WITHIN || after >= tokens.size()) continue;
                String before = tokens.get(at - 1).word().toLowerCase(Locale.ROOT);
                Token next = tokens.get(after);
                int be = next.pos().equals("MD") ? after + 1 : after;
                // "is" as a copula, not the auxiliary of "was applied", "is running"
                boolean copula = next.word().equals(":") || (be < tokens.size() && tokens.get(be).lemma().equals("be")
                        && (be + 1 >= tokens.size() || !PARTICIPLE_TAG.matcher(tokens.get(be + 1).pos()).matches()));
                // "My AI is not a robot" denies; it names nothing
                boolean denied = after + 1 < tokens.size() && Reading.negation(tokens.get(after + 1));
                if (DETERMINERS.contains(before) && copula && !denied) found.add(e.getKey());
            }
        }
        return found;
    }
}
