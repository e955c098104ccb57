package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the learner is told: per component, the quotes of their own words that earned its score, the criteria met
 * and missing, and advice written with their own words for their system, proxy, goal and deployment (the
 * {@link Slots}); then one overall paragraph: the score, the next step worth most points, the rest in order of the
 * points they can still earn. A cap says where it bites; no sentence is said twice in one grade; a slot the write-up
 * did not fill is left out, never stood in for.
 */
final class Feedback {
    /** An off-topic text names no AI system: its words for one would name something else ("the hybrid model" of work). */
    private static final Slots.Filled NO_SYSTEM =
            new Slots.Filled(Map.of("system", new Slots.Slot("the AI system you choose", -1)), List.of());
    private static final String OFF_TOPIC_COMPONENT =
            "%s: not credited, because your text%s does not describe a goal-misgeneralization scenario (see the overall "
            + "feedback).";
    private static final String OFF_TOPIC = " This does not read as a goal-misgeneralization case study: describe one AI system, the goal its designers intended, the proxy it could learn instead, and the deployment where the two come apart.";
    /**
     * Off topic is in doubt because no word, or one everyday word, names the system, in a write-up that answers the
     * assignment's parts: graded on its merits, and told the one thing that would settle it.
     */
    private static final String UNNAMED = " Your write-up answers the assignment's parts one by one, but none of its "
            + "words says yet that the system is an AI system that learned from data (trained, a model, it learns): "
            + "say what kind of AI system it is and what it was trained on.";
    private static final String GAMING = " Most of this text earns no credit (see the reasons given with the flags): write your own scenario in full sentences of your own.";
    private static final String GM = "in goal misgeneralization the system stays capable after the shift and competently pursues a goal that coincided with the intended one in training (Langosco et al., \"Goal Misgeneralization in Deep Reinforcement Learning\", ICML 2022).";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** How a misconception concept reads to a learner. */
    private static final Map<String, String> KINDS = Map.of(
            "overfitting", "overfitting or memorisation",
            "label_noise", "wrong training labels",
            "reward_misspec", "a reward that was wrong from the start",
            "capability_limit", "a limit of the system's abilities",
            "denies a proxy", "a capability failure (you say no other goal was learned)",
            "the behaviour already shows in training", "a reward that was wrong from the start");

    private final Rubric rubric;

    /** Every criterion of the rubric by id, for a missing one's request that quotes another's words. */
    private final Map<String, Rubric.Criterion> criteria = new java.util.HashMap<>();
    /** The component key of every criterion. */
    private final Map<String, String> componentOf = new java.util.HashMap<>();

    Feedback(Rubric rubric) {
        this.rubric = rubric;
        for (Rubric.Component c : rubric.components()) {
            for (Rubric.Criterion k : c.criteria()) {
                criteria.put(k.id(), k);
                componentOf.put(k.id(), c.key());
            }
        }
    }

    /**
     * Component {@code c}'s result at {@code score} (its level score, capped by the flags; {@code held}: a
     * misconception's cap holds it there, whether or not its criteria would earn more). {@code said} holds the
     * sentences this grade has said already; a sentence is not said twice.
     */
    ComponentResult component(Rubric.Component c, int score, boolean held, double confidence, Analysis a,
                              Slots.Filled slots, Set<String> said, Map<String, String> nextSteps) {
        Map<String, Integer> met = a.criteria().met(c.key());
        List<Evidence> quotes = new ArrayList<>();
        if (score > 0) {
            // one quote per sentence: a sentence that meets "stated" meets "implied" too, and is shown once; a lower
            // level's criterion beside a met top-level one is moot, and not quoted (as "You give ..." leaves it out)
            Rubric.Level top = topLevel(c);
            boolean anyTop = top != null && met.keySet().stream().anyMatch(top::counts);
            Set<Integer> shown = new java.util.HashSet<>();
            for (Map.Entry<String, Integer> e : met.entrySet()) {
                boolean inTop = top != null && top.counts(e.getKey());
                if (anyTop && !inTop) continue;
                if (!shown.add(e.getValue())) continue;
                Sentence s = a.reading().sentence(e.getValue());
                int start = contentStart(a, s);
                quotes.add(new Evidence(start, s.end(), a.reading().doc().quote(start, s.end()), e.getKey()));
            }
        }
        List<String> metIds = new ArrayList<>(), missingIds = new ArrayList<>();
        for (Rubric.Criterion k : c.criteria()) (met.containsKey(k.id()) && score > 0 ? metIds : missingIds).add(k.id());
        String feedback;
        if (a.flags().offTopic()) {
            // ... and what this part would ask of a case study, so that each part says something of its own
            String ask = c.criteria().isEmpty() ? "" : fill(c.criteria().get(0).missing(), a, NO_SYSTEM);
            // what it was read as being about, in its own words: a learner who meant a case study sees the misreading
            List<String> nouns = slots.ownNouns().stream().limit(3).toList();
            feedback = String.format(Locale.ROOT, OFF_TOPIC_COMPONENT, c.title(),
                    nouns.isEmpty() ? "" : " (about " + and(nouns) + ")")
                    + (ask.isEmpty() ? "" : " For a case study: " + Character.toLowerCase(ask.charAt(0)) + ask.substring(1));
        } else {
            List<String> parts = new ArrayList<>();
            int level = a.criteria().levelScore(c.key());
            // a cap first (it is what holds the component back), then what the write-up gives, then what to add
            if (score < level || held) parts.add(capNote(c, a.raised(), score, score < level, a, slots, said));
            String denied = score < c.max() ? deniedNote(c, a, said) : null;
            if (denied != null) parts.add(denied);
            // a cap that takes the part to 0 ("you say the microscope learned no other goal") leaves nothing the
            // learner "gives" for it: the cap note says why, and the advice what would earn it
            String credited = score == 0 && score < level ? null : credited(c, a, slots);
            if (credited != null) parts.add(credited);
            List<String> advice = advice(c, score, missingIds, a, slots);
            if (held && score == level && score > 0 && c.feedback().capped() != null) {
                // held at its score by a misconception's cap: what would earn the points is to recast the case, not
                // to add the part the cap would not credit ("explain why the proxy and the goal went together" to a
                // write-up whose proxy is the reward itself); a diagnosis of what was written stays
                String diagnosis = diagnosis(c, a);
                advice = new ArrayList<>();
                if (!diagnosis.equals(c.feedback().partial())) advice.add(fill(diagnosis, a, slots));
                advice.add(fill(c.feedback().capped(), a, slots));
            }
            parts.addAll(advice);
            feedback = once(parts, said);
            // the first thing to do: the first missing piece in the order the rubric builds the component (the
            // setting before the behaviour and the harm), or how to earn back what a cap took
            if (advice.size() > 1) nextSteps.put(c.key(), advice.get(1));
            else if (!advice.isEmpty() && score < c.max()) nextSteps.put(c.key(), advice.get(0));
        }
        return new ComponentResult(c.key(), score, c.max(), ComponentResult.statusFor(score, c.max()), confidence,
                quotes, metIds, missingIds, feedback);
    }

    /** The parts not said yet in this grade, joined; the first part stays even when said (a component says something). */
    private static String once(List<String> parts, Set<String> said) {
        List<String> out = new ArrayList<>();
        for (String p : parts) {
            for (String sentence : p.split("(?<=[.!?])\\s+")) {
                String key = sentence.strip().toLowerCase(Locale.ROOT);
                if (key.isEmpty()) continue;
                if (said.add(key) || out.isEmpty()) out.add(sentence.strip());
            }
        }
        return String.join(" ", out);
    }

    /**
     * Says, where a cap bites, what it took and why: a cap is never silent. Where it holds a component at what its
     * criteria earn anyway ({@code bites} false: a generic fix under a misconception), it says the component can earn
     * no more while the misconception stands, not that the cap took points.
     */
    private String capNote(Rubric.Component c, RaisedFlags raised, int score, boolean bites, Analysis a,
                           Slots.Filled slots, Set<String> said) {
        String capped = bites ? " is capped at " + score : " can earn no more than " + score;
        String why;
        // said again where a later cap bites, in full: "for the same reason" left the learner to look back for it
        String again;
        if (raised.flags().gaming()) {
            // what a gamed write-up "would earn" is beside the point: say why it earns nothing
            return c.title() + " is capped at " + score + ": most of the write-up is text that earns no credit "
                    + "(copied, repeated or rubric terms without a scenario of your own).";
        } else if (raised.proxyDenied() && score == 0) {
            why = fill("you say {system} learned no other goal, which makes this a capability failure rather than goal "
                    + "misgeneralization", a, slots);
            again = fill("you say {system} learned no other goal", a, slots);
        } else {
            why = fill("the write-up explains the failure of {system} as ", a, slots)
                    + misconceptionKind(raised.flags()) + ", not as goal misgeneralization";
            again = "the write-up explains the failure as " + misconceptionKind(raised.flags());
        }
        // the reason is said in full once, where the first cap bites; later caps say it short
        String first = "\u0000cap:" + why;
        if (!said.add(first)) {
            return c.title() + capped + " while " + again + ".";
        }
        return c.title() + capped + ": " + why + ".";
    }

    private List<String> advice(Rubric.Component c, int score, List<String> missingIds, Analysis a, Slots.Filled slots) {
        List<String> out = new ArrayList<>();
        Rubric.Feedback f = c.feedback();
        // what the write-up lacks is read from the criteria it met, not from a score a cap took to 0
        List<String> lacking = new ArrayList<>();
        for (Rubric.Criterion k : c.criteria()) if (!a.criteria().met(c.key()).containsKey(k.id())) lacking.add(k.id());
        boolean capped = score < a.criteria().levelScore(c.key());
        List<String> needs = score < c.max() ? completionNeeds(c, capped ? lacking : missingIds) : List.of();
        boolean onlyCapped = score < c.max() && needs.isEmpty() && capped;
        // capped with nothing missing: the next step is to fix the explanation, not to add more of the same
        // a capped component is described by what the write-up earned before the cap: partial, not "missing"
        int earned = capped ? a.criteria().levelScore(c.key()) : score;
        boolean gaming = a.flags().gaming();
        // capped to nothing, the component's partial diagnosis ("half of it is there") would contradict the cap
        boolean cappedToNothing = capped && score == 0 && f.capped() != null;
        String text = score >= c.max() ? f.met() : onlyCapped || cappedToNothing
                ? (gaming ? null : f.capped()) : earned == 0 ? f.missing() : diagnosis(c, a);
        // capped with nothing missing and no text for it: the cap's note says it all ("No identifiable AI system
        // is described" would be false of a gamed write-up that names one)
        if (text != null) out.add(fill(text, a, slots));

        // capped to nothing, a missing part's request ("explain why the proxy and the goal went together") asks
        // about what the cap says is not there; the cap's text says what to do
        // (a gamed write-up is still told what its own case would need)
        if (score < c.max() && !(cappedToNothing && !gaming)) {
            // what would complete the component and is missing: all of the top level's required criteria, or the
            // first of its alternatives; not every lesser criterion that a complete answer makes moot
            Set<String> quoted = new java.util.HashSet<>();
            for (String id : needs) {
                for (Rubric.Criterion k : c.criteria()) if (k.id().equals(id)) out.add(missing(k, a, slots, quoted));
            }
        }
        // "(Ran out of time for the two fixes, sorry.)": the learner's own word that the part is still to do
        Integer said = a.sections().declaredAbsent().get(c.key());
        String noted = a.sections().notedAbsent().get(c.key());
        if ((said != null || noted != null) && earned == 0 && score < c.max()) {
            // ... or a note withdrawn from what is read ("Evaluation: TBC"), quoted as written
            String q = said != null ? Flagging.quote(a.reading(), said).replaceAll("[.!?]+\u201d$", "\u201d")
                    : "\u201c" + noted + "\u201d";
            out.add("You noted it was still to do (" + q + "): the step above is where to start.");
        }
        return out;
    }

    /**
     * What the write-up gives for this component, each part named by its criterion's {@code credit} and shown in the
     * learner's words ({@link Gist}): "You give the deployment setting “…” and the harm “…”." Criteria that only a
     * lower level needs are shown only when nothing of the top level is met; parts met by one sentence share its
     * quote. Null when nothing is met, or in a gamed write-up (its text earns nothing to show).
     */
    private String credited(Rubric.Component c, Analysis a, Slots.Filled slots) {
        if (a.flags().gaming()) return null;
        Map<String, Integer> met = a.criteria().met(c.key());
        Rubric.Level top = topLevel(c);
        boolean anyTop = false;
        for (String id : met.keySet()) anyTop |= top != null && top.counts(id);
        Map<Integer, List<String>> credits = new java.util.LinkedHashMap<>();
        Map<Integer, Rubric.Criterion> first = new java.util.HashMap<>();
        for (Rubric.Criterion k : c.criteria()) {
            Integer at = met.get(k.id());
            if (at == null || k.credit() == null) continue;
            boolean inTop = top != null && top.counts(k.id());
            if (anyTop && !inTop) continue;
            credits.computeIfAbsent(at, x -> new ArrayList<>()).add(fill(k.credit(), a, slots));
            first.putIfAbsent(at, k);
        }
        List<String> items = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : credits.entrySet()) {
            String gist = Gist.of(a, e.getKey(), first.get(e.getKey()));
            items.add(and(e.getValue()) + (gist == null ? "" : " " + gist));
        }
        if (items.isEmpty()) return null;
        return "You give " + and(items) + ".";
    }

    /**
     * Where the write-up denies what it says (its denied sentences earn nothing), the component's first denied
     * sentence in its own section: "You deny it: “…”. A claim you deny earns nothing: say what is the case."
     */
    private static String deniedNote(Rubric.Component c, Analysis a, Set<String> said) {
        for (int i = 0; i < a.reading().size(); i++) {
            if (!a.credits().verdicts().get(i).denied() || !a.sections().inSection(i, c.key())) continue;
            String gist = Gist.of(a, i, null);
            // a denial quoted for an earlier component is not quoted again
            String first = "You deny it: " + gist + ".";
            if (gist != null && !said.contains(first.toLowerCase(Locale.ROOT))) {
                return first + " A claim you deny earns nothing: say what is the case.";
            }
        }
        return null;
    }

    private static String and(List<String> xs) {
        if (xs.size() == 1) return xs.get(0);
        return String.join(", ", xs.subList(0, xs.size() - 1)) + " and " + xs.get(xs.size() - 1);
    }

    /**
     * Why a component earned only partial credit, when the sentences that earned it say why (the rubric's {@code
     * partial_when}: a fix that edits the reward, asks for more data in general, changes the model); else the
     * component's partial text.
     */
    private String diagnosis(Rubric.Component c, Analysis a) {
        for (Rubric.PartialWhen w : c.feedback().partialWhen()) {
            for (int i : a.criteria().met(c.key()).values()) {
                for (String concept : w.concepts()) if (a.matches().has(i, concept)) return w.text();
            }
        }
        return c.feedback().partial();
    }

    private static Rubric.Level topLevel(Rubric.Component c) {
        Rubric.Level next = null;
        for (Rubric.Level l : c.levels()) if (next == null || l.score() > next.score()) next = l;
        return next;
    }

    /**
     * What a missing criterion asks for: with the learner's own words for a neighbouring part when the write-up has
     * it (the rubric's {@code missing_when}: "Say what harm follows when it does what you describe (“…”)"), else
     * the criterion's plain {@code missing} text.
     */
    private String missing(Rubric.Criterion k, Analysis a, Slots.Filled slots, Set<String> quoted) {
        for (Rubric.MissingWhen w : k.missingWhen()) {
            Map<String, Integer> met = a.criteria().met(componentOf.get(w.criterion()));
            Integer at = met == null ? null : met.get(w.criterion());
            if (at == null) continue;
            String gist = slotWords(w.criterion(), at, slots);
            if (gist == null) gist = Gist.of(a, at, criteria.get(w.criterion()));
            if (gist == null) continue;
            // the learner's words are quoted once in a component; the next request refers back to them ("the proxy
            // you name"), not the same long quote twice or three times
            String text = quoted.add(gist) ? w.text().replace("{gist}", gist) : GIST_AGAIN.matcher(w.text()).replaceAll("");
            return fill(text, a, slots);
        }
        return fill(k.missing(), a, slots);
    }

    /**
     * The learner's own words for the part a criterion reads (the rubric's slot for it, read from sentence
     * {@code at}), quoted: "the proxy you name (“keep the stove hot”)" says it shorter than the sentence's gist.
     */
    private String slotWords(String criterion, int at, Slots.Filled slots) {
        for (Map.Entry<String, Rubric.SlotRule> e : rubric.slots().entrySet()) {
            if (!e.getValue().criterion().equals(criterion)) continue;
            Slots.Slot slot = slots.slots().get(e.getKey());
            if (slot != null && slot.sentence() == at) return "\u201c" + slots.text(e.getKey()) + "\u201d";
        }
        return null;
    }

    /** A template's quote of the learner's words with the space before it, left out when said already. */
    private static final Pattern GIST_AGAIN = Pattern.compile("\\s*\\(\\{gist\\}\\)");

    /** The missing criteria the component's top level needs, in rubric order. */
    private static List<String> completionNeeds(Rubric.Component c, List<String> missingIds) {
        Rubric.Level next = topLevel(c);
        List<String> out = new ArrayList<>();
        if (next == null) return out;
        for (Rubric.Criterion k : c.criteria()) {
            if (next.all().contains(k.id()) && missingIds.contains(k.id())) out.add(k.id());
        }
        long anyMet = next.any().stream().filter(id -> !missingIds.contains(id)).count();
        if (anyMet < next.minAny()) {
            for (Rubric.Criterion k : c.criteria()) {
                if (next.any().contains(k.id()) && missingIds.contains(k.id()) && !out.contains(k.id())) {
                    out.add(k.id());
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The overall paragraph: the score (provisional when an instructor will review it), what a raised flag means,
     * the one next step worth most points, then the other components by the points they can still earn, then what
     * is complete.
     */
    String overall(List<ComponentResult> results, Map<String, String> nextSteps, RaisedFlags raised, int total,
                   boolean provisional, Slots.Filled slots) {
        Flags flags = raised.flags();
        StringBuilder out = new StringBuilder();
        out.append("Score ").append(total).append('/').append(rubric.max()).append('.');
        if (provisional) out.append(" This score is provisional: an instructor will review it.");
        // laid out by the assignment's parts: the learner attempted the case study, and one thing is missing
        if (raised.offTopicDoubt() != null && raised.offTopicDoubt().contains(Flagging.LAID_OUT)) out.append(UNNAMED);
        if (flags.offTopic()) {
            // what the text is about instead, in its own most frequent nouns: the learner sees it was read
            List<String> nouns = slots.ownNouns().stream().limit(3).toList();
            if (!nouns.isEmpty()) out.append(" Your text is about ").append(and(nouns)).append(", not about an AI system's goals.");
            out.append(OFF_TOPIC);
            return out.toString();
        }
        if (flags.gaming()) out.append(GAMING);
        // a write-up that denies most of its own claims is told so first: its denied sentences earned nothing
        if (flags.reasons().stream().anyMatch(x -> x.contains(Flagging.DENIES))) {
            out.append(" Most of your sentences deny what they describe (\u201cnot\u201d, \u201cno\u201d, "
                    + "\u201cnever\u201d), and a denied claim earns nothing: a case study says what is the case.");
        }
        if (flags.misconception()) {
            out.append(" The failure you describe reads as ").append(misconceptionKind(flags))
                    .append(" rather than goal misgeneralization: ").append(GM);
        }
        List<ComponentResult> open = new ArrayList<>();
        List<String> complete = new ArrayList<>();
        for (ComponentResult r : results) {
            if (r.score() >= r.max()) complete.add(title(r.key()));
            else open.add(r);
        }
        // most points still to earn first; among equals, the rubric's order
        open.sort(Comparator.comparingInt((ComponentResult r) -> r.score() - r.max()));
        if (!open.isEmpty() && !flags.gaming()) {
            ComponentResult first = open.get(0);
            out.append(" Next step (up to ").append(first.max() - first.score()).append(first.max() - first.score() == 1 ? " point" : " points")
                    .append(", ").append(lowerFirst(title(first.key()))).append("): ")
                    .append(nextSteps.containsKey(first.key()) ? sentence(nextSteps.get(first.key())) : nextStep(first));
            if (open.size() > 1) {
                List<String> rest = new ArrayList<>();
                for (ComponentResult r : open.subList(1, open.size())) {
                    rest.add(title(r.key()) + " (" + (r.max() - r.score()) + ")");
                }
                out.append(" Then: ").append(String.join(", ", rest)).append('.');
            }
        }
        if (!complete.isEmpty()) out.append(" Complete: ").append(String.join(", ", complete)).append('.');
        return out.toString();
    }

    private static String sentence(String s) {
        String t = s.strip();
        return t.endsWith(".") || t.endsWith("?") ? t : t + ".";
    }

    /** The last sentence of a component's feedback: its most concrete instruction. */
    private static String nextStep(ComponentResult r) {
        String[] sentences = r.feedback().split("(?<=[.!?])\\s+");
        String last = sentences[sentences.length - 1].strip();
        return last.endsWith(".") || last.endsWith("?") ? last : last + ".";
    }

    /** What the misconception reason names, in a learner's words, with the learner's phrase (a whole quote). */
    private static String misconceptionKind(Flags flags) {
        for (String reason : flags.reasons()) {
            if (!reason.startsWith("misconception: ")) continue;
            String first = reason.substring("misconception: ".length());
            for (Map.Entry<String, String> k : KINDS.entrySet()) {
                if (!first.startsWith(k.getKey())) continue;
                int open = first.indexOf('\u201c'), close = open < 0 ? -1 : first.indexOf('\u201d', open);
                return k.getValue() + (close > open ? " " + first.substring(open, close + 1) : "");
            }
        }
        return "overfitting, wrong labels, a capability limit or a wrong reward";
    }

    /**
     * Fills a feedback text: {@code {slot}} with the learner's words (or "your system"-style words when the slot is
     * empty), {@code {Slot}} the same capitalised, {@code {(slot)}} with " (words)" or nothing, {@code
     * {quote:component}} with the gist of that component's first evidence ({@link Gist}), cut at a word.
     */
    String fill(String template, Analysis a, Slots.Filled slots) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String p = m.group(1), value;
            if (p.startsWith("quote:")) {
                value = quote(a, p.substring(6));
            } else if (p.startsWith("?")) {
                // "a training change{?proxy_goal: aimed at the proxy}": said only where the write-up's proxy earned
                // credit (not to a learner who says there is none)
                int colon = p.indexOf(':');
                String key = p.substring(1, colon);
                int earned = Math.min(a.criteria().levelScore(key), Flagging.cap(rubric.flags(), a.raised(), key));
                value = earned > 0 ? p.substring(colon + 1) : "";
            } else if (p.startsWith("(") && p.endsWith(")")) {
                String v = slots.text(p.substring(1, p.length() - 1));
                value = v == null ? "" : " (" + v + ")";
            } else {
                String name = Character.toLowerCase(p.charAt(0)) + p.substring(1);
                String v = slots.text(name);
                if (v == null) v = fallback(name, slots);
                value = Character.isUpperCase(p.charAt(0)) ? Character.toUpperCase(v.charAt(0)) + v.substring(1) : v;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * An empty slot's stand-in, with the learner's most frequent own noun where there is one ("your hive system"), so
     * that even a thin draft hears about its own scenario.
     */
    private static String fallback(String slot, Slots.Filled slots) {
        String base = "your " + slot;
        // the sentence that told the part names it best ("sys = smart smoke alarm": "your smoke system")
        String told = slots.nouns().get(slot);
        if (told != null) return "your " + told + " " + slot;
        List<String> nouns = slots.ownNouns();
        if (nouns.isEmpty()) return base;
        // a longer noun says more of the scenario than a short one ("the washer", not "the box")
        List<String> things = nouns.stream().filter(Slots::namesAThing).toList();
        if (things.isEmpty()) return base;
        String noun = things.stream().filter(n -> n.length() >= 4).findFirst().orElse(things.get(0));
        return "your " + noun + " " + slot;
    }

    private static String quote(Analysis a, String component) {
        List<Integer> ev = a.criteria().evidence(component);
        String gist = ev.isEmpty() ? null : Gist.of(a, ev.get(0), null);
        return gist == null ? "your own words" : gist;
    }

    /** Where a sentence's own words start: after its inline label, if it has one. */
    private static int contentStart(Analysis a, Sentence s) {
        return s.tokens().get(a.sections().contentFrom(s.index())).start();
    }

    private String title(String key) {
        for (Rubric.Component c : rubric.components()) if (c.key().equals(key)) return c.title();
        return key;
    }

    /** "The AI system" as "the AI system": each word lower-cased, an acronym kept. */
    static String lowerFirst(String title) {
        StringBuilder out = new StringBuilder();
        for (String w : title.split(" ", -1)) {
            if (out.length() > 0) out.append(' ');
            boolean acronym = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT));
            out.append(acronym ? w : w.toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }
}
