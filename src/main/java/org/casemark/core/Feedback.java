package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the learner is told: per component, the quotes of their own words that earned its score, the criteria met
 * and missing and the rubric's advice (with {@code {quote:component}} filled from that component's evidence); then
 * one overall paragraph.
 */
final class Feedback {
    private static final String OFF_TOPIC_COMPONENT =
            "Not credited: the write-up does not describe a goal-misgeneralization scenario (see the overall feedback).";
    private static final String OFF_TOPIC = " This does not read as a goal-misgeneralization case study: describe one AI system, the goal its designers intended, the proxy it could learn instead, and the deployment where the two come apart.";
    private static final String GAMING = " Most of this text earns no credit: lists of rubric terms, repeated sentences, text pasted from the assignment or lesson, or the lesson's own example retold. Write your own scenario in full sentences.";
    private static final String MISCONCEPTION = " The failure you describe reads as overfitting, label noise, a capability limit or a wrong reward rather than goal misgeneralization: in goal misgeneralization the system stays capable after the shift and competently pursues a goal that coincided with the intended one in training (Langosco et al., \"Goal Misgeneralization in Deep Reinforcement Learning\", ICML 2022).";

    private final Rubric rubric;

    Feedback(Rubric rubric) {
        this.rubric = rubric;
    }

    /** Component {@code c}'s result at {@code score} (its level score, capped by the flags). */
    ComponentResult component(Rubric.Component c, int score, double confidence, Analysis a) {
        Map<String, Integer> met = a.criteria().met(c.key());
        List<Evidence> quotes = new ArrayList<>();
        if (score > 0) {
            for (Map.Entry<String, Integer> e : met.entrySet()) {
                Sentence s = a.reading().sentence(e.getValue());
                int start = contentStart(a, s);
                quotes.add(new Evidence(start, s.end(), a.reading().doc().quote(start, s.end()), e.getKey()));
            }
        }
        List<String> metIds = new ArrayList<>(), missingIds = new ArrayList<>();
        for (Rubric.Criterion k : c.criteria()) (met.containsKey(k.id()) && score > 0 ? metIds : missingIds).add(k.id());
        String feedback = a.flags().offTopic() ? OFF_TOPIC_COMPONENT : advice(c, score, missingIds, a);
        int level = a.criteria().levelScore(c.key());
        if (score < level && !a.flags().offTopic()) feedback = capNote(a.raised(), level, score) + " " + feedback;
        return new ComponentResult(c.key(), score, c.max(), ComponentResult.statusFor(score, c.max()), confidence,
                quotes, metIds, missingIds, feedback);
    }

    /** Says, where a cap bites, what it took and why: a cap is never silent. */
    private static String capNote(RaisedFlags raised, int level, int score) {
        String why;
        if (raised.flags().gaming()) {
            why = "most of the write-up is text that earns no credit (see the overall feedback)";
        } else if (raised.proxyDenied() && score == 0) {
            why = "the write-up says the system learned no other goal, which makes this a capability failure "
                    + "rather than goal misgeneralization";
        } else {
            why = "the write-up explains the failure in a way that is not goal misgeneralization (see the overall "
                    + "feedback), so this part cannot be complete";
        }
        return "Capped at " + score + " (the criteria met would earn " + level + "): " + why + ".";
    }

    /**
     * The overall paragraph: the score (provisional when an instructor will review it), what a raised flag means,
     * then complete and weak components by title.
     */
    String overall(List<ComponentResult> results, Flags flags, int total, boolean provisional) {
        StringBuilder out = new StringBuilder();
        out.append("Score ").append(total).append('/').append(rubric.max()).append('.');
        if (provisional) out.append(" This score is provisional: an instructor will review it.");
        if (flags.offTopic()) {
            out.append(OFF_TOPIC);
            return out.toString();
        }
        if (flags.gaming()) out.append(GAMING);
        if (flags.misconception()) out.append(MISCONCEPTION);
        List<String> strong = new ArrayList<>(), weak = new ArrayList<>();
        for (ComponentResult r : results) {
            String title = title(r.key());
            if (r.score() >= r.max()) strong.add(title); else weak.add(title);
        }
        if (!strong.isEmpty()) out.append(" Complete: ").append(String.join(", ", strong)).append('.');
        if (!weak.isEmpty()) out.append(" To improve: ").append(String.join(", ", weak)).append('.');
        return out.toString();
    }

    private static String advice(Rubric.Component c, int score, List<String> missingIds, Analysis a) {
        StringBuilder out = new StringBuilder();
        Rubric.Feedback f = c.feedback();
        out.append(score >= c.max() ? f.met() : score == 0 ? f.missing() : f.partial());
        if (score < c.max()) {
            for (Rubric.Criterion k : c.criteria()) {
                if (missingIds.contains(k.id())) out.append(' ').append(k.missing());
            }
        }
        return fill(out.toString(), a);
    }

    /** Replaces {@code {quote:component}} with a short quote of that component's first evidence. */
    static String fill(String template, Analysis a) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (true) {
            int open = template.indexOf("{quote:", k);
            if (open < 0) break;
            int close = template.indexOf('}', open);
            out.append(template, k, open);
            String key = template.substring(open + 7, close);
            List<Integer> ev = a.criteria().evidence(key);
            if (ev.isEmpty()) {
                out.append("what you described");
            } else {
                Sentence s = a.reading().sentence(ev.get(0));
                String q = a.reading().doc().quote(contentStart(a, s), s.end()).replaceAll("\\s+", " ").strip();
                if (q.length() > 90) q = q.substring(0, q.lastIndexOf(' ', 87) > 20 ? q.lastIndexOf(' ', 87) : 87) + " …";
                out.append('“').append(q).append('”');
            }
            k = close + 1;
        }
        out.append(template.substring(k));
        return out.toString();
    }

    /** Where a sentence's own words start: after its inline label, if it has one. */
    private static int contentStart(Analysis a, Sentence s) {
        return s.tokens().get(a.sections().contentFrom(s.index())).start();
    }

    private String title(String key) {
        for (Rubric.Component c : rubric.components()) if (c.key().equals(key)) return c.title();
        return key;
    }
}
