package org.casemark.core;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * For {@link Structure}: which part of the assignment a cue stands for where it stands, when its words alone would
 * say otherwise. A label naming only the training under the system's part describes the system; a heading naming the
 * system's training under the changes' heading heads the training's change; a withdrawn note's name of a part ("-
 * Evaluation: TBC") names it as a heading would.
 */
final class TrainingParts {
    private final HeadingCues cues;
    /** The rubric's components in the assignment's order (the system first). */
    private final List<String> order;
    /** Components a learner proposes (the fixes), not describes. */
    private final Set<String> proposed;

    TrainingParts(HeadingCues cues, List<String> order, Set<String> proposed) {
        this.cues = cues;
        this.order = List.copyOf(order);
        this.proposed = Set.copyOf(proposed);
    }

    /** The words of a label that names how a system was trained, and nothing it would change. */
    private static final Set<String> TRAINING_WORDS = Set.of("training", "train", "trained", "data", "dataset",
            "simulator", "simulation", "environment", "setup", "set", "up", "process", "how", "it", "was", "the", "its",
            "and");

    /**
     * "Training: imitation learning from two seasons of logs ..." under the system's part: a label that names only the
     * training tells how the system was trained, not a fix to it, when it stands in the system's section, or outside
     * any section when only the system's part has been written so far ("1a. System: ... 1b. Training: ..."). Elsewhere
     * its cue stands.
     */
    Set<String> describedTraining(Reading r, int i, int colon, Set<String> cued, Set<String> current,
                                          Set<String> sofar) {
        if (cued.isEmpty() || current.size() > 1 || !cued.stream().allMatch(proposed::contains)) return cued;
        String system = order.get(0);
        if (current.isEmpty() ? !sofar.equals(Set.of(system)) : !current.contains(system)) return cued;
        String[] terms = r.terms(i);
        for (int k = 0; k < Math.min(colon, terms.length); k++) {
            if (!terms[k].isEmpty() && Character.isLetter(terms[k].charAt(0)) && !TRAINING_WORDS.contains(terms[k])) return cued;
        }
        return Set.of(system);
    }

    /** Words of a heading that name a system's training ("What the model learns from", "Training data"). */
    private static final Set<String> LEARNING_WORDS = Set.of("training", "train", "trained", "learn", "learns",
            "learned", "learnt", "data", "dataset", "simulator", "simulation");

    /**
     * "What are you changing? / 1. / What the model learns from. / We are adding around 6,000 recipes ...": a heading
     * that names the system's training, under a heading the two proposals share, heads the training's proposal, not
     * the system's description: the part it sits in is the changes.
     */
    Set<String> nestedUnderProposals(Reading r, int i, Set<String> cue, Set<String> current) {
        if (!cue.equals(Set.of(order.get(0))) || current.size() < 2 || !proposed.containsAll(current)) return cue;
        boolean learning = false;
        for (String t : r.terms(i)) learning |= LEARNING_WORDS.contains(t);
        if (!learning) return cue;
        List<String> training = Reading.terms("training");
        for (String k : current) {
            if (cues.byComponent().getOrDefault(k, List.of()).contains(training)) return Set.of(k);
        }
        return cue;
    }

    /**
     * The parts that a note withdrawn from the text says are unwritten ("- Evaluation: TBC", "FIXES TO FOLLOW"), each
     * with its note: the note's name of the part is read as a heading's would be ("Evaluation" is the evaluation's
     * fix, "Fixes" both fixes), exactly.
     */
    Map<String, String> notedAbsent(String text) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String[] note : Layout.partsNotDone(text)) {
            List<String> terms = Reading.terms(note[0].toLowerCase(Locale.ROOT));
            for (Map.Entry<String, List<List<String>>> e : cues.byComponent().entrySet()) {
                if (e.getValue().contains(terms)) out.putIfAbsent(e.getKey(), note[1]);
            }
        }
        return out;
    }
}
