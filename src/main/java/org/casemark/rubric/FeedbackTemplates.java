package org.casemark.rubric;

import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A rubric's feedback texts and the slots that fill them: each slot names the criterion whose sentence gives the
 * learner's words, and every placeholder of every text must name a slot or a component, checked at load with the
 * text's line.
 */
final class FeedbackTemplates {
    private FeedbackTemplates() {
    }

    /** The learner's words feedback is written with: which criterion's sentence fills each slot, and how. */
    static Map<String, Rubric.SlotRule> slots(Node r, Map<String, List<String>> concepts, Set<String> allCriteria) {
        Map<String, Rubric.SlotRule> slots = new LinkedHashMap<>();
        Node sn = r.at("slots").named("slots");
        if (!sn.node.isMissingNode()) {
            for (Iterator<String> it = sn.node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                Node sl = sn.at(name).named("slot \"" + name + "\"");
                sl.only("criterion", "take", "concept", "unlike");
                String criterion = sl.text("criterion");
                if (!allCriteria.contains(criterion)) throw sl.at("criterion").fail("unknown criterion \"" + criterion + "\"");
                String take = sl.text("take");
                if (!Set.of("phrase", "after").contains(take)) throw sl.at("take").fail("take is phrase or after");
                String concept = sl.text("concept");
                if (!concepts.containsKey(concept)) throw sl.at("concept").fail("unknown concept \"" + concept + "\"");
                String unlike = sl.at("unlike").node.isMissingNode() ? null : sl.text("unlike");
                if (unlike != null && !allCriteria.contains(unlike)) throw sl.at("unlike").fail("unknown criterion \"" + unlike + "\"");
                slots.put(name, new Rubric.SlotRule(criterion, take, concept, unlike));
            }
        }
        return slots;
    }

    /** Every placeholder of a feedback text names a slot the rubric fills, or a component to quote. */
    static void checkTemplates(Node comps, Map<String, Rubric.SlotRule> slots, Set<String> keys) {
        for (int i = 0; i < comps.node.size(); i++) {
            Node c = comps.at(i).named("component \"" + comps.at(i).text("key") + "\"");
            Node fb = c.child("feedback");
            for (String level : List.of("met", "partial", "missing")) checkTemplate(fb.at(level), slots.keySet(), keys);
            if (!fb.at("capped").node.isMissingNode()) checkTemplate(fb.at("capped"), slots.keySet(), keys);
            Node pw = fb.at("partial_when");
            for (int j = 0; !pw.node.isMissingNode() && j < pw.node.size(); j++) checkTemplate(pw.at(j).at("text"), slots.keySet(), keys);
            Node cs = c.child("criteria");
            for (int j = 0; j < cs.node.size(); j++) {
                Node k = cs.at(j).named("criterion \"" + cs.at(j).text("id") + "\"");
                checkTemplate(k.at("missing"), slots.keySet(), keys);
                if (k.node.has("credit")) checkTemplate(k.at("credit"), slots.keySet(), keys);
                // a missing_when text may quote the other criterion's words as {gist}
                Set<String> withGist = new HashSet<>(slots.keySet());
                withGist.add("gist");
                Node mw = k.at("missing_when");
                for (int m = 0; !mw.node.isMissingNode() && m < mw.node.size(); m++) checkTemplate(mw.at(m).at("text"), withGist, keys);
            }
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    /**
     * {@code {slot}}, {@code {Slot}}, {@code {(slot)}}, {@code {?component:words}} (the words where the component
     * earned credit, nothing where it did not) and {@code {quote:component}} are the placeholders there are.
     */
    private static void checkTemplate(Node text, Set<String> slots, Set<String> components) {
        if (text.node.isMissingNode() || !text.node.isTextual()) return;
        java.util.regex.Matcher m = PLACEHOLDER.matcher(text.node.asText());   // one template, checked at load
        while (m.find()) {
            String p = m.group(1);
            if (p.startsWith("quote:")) {
                if (!components.contains(p.substring(6))) throw text.fail("placeholder {" + p + "} names no component");
                continue;
            }
            if (p.startsWith("?")) {
                int colon = p.indexOf(':');
                if (colon < 2 || !components.contains(p.substring(1, colon))) {
                    throw text.fail("placeholder {" + p + "} must read {?component:words}, naming a component");
                }
                continue;
            }
            String name = p.startsWith("(") && p.endsWith(")") ? p.substring(1, p.length() - 1) : p;
            name = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
            if (!slots.contains(name)) {
                throw text.fail("placeholder {" + p + "} names no slot (slots: " + String.join(", ", slots) + ")");
            }
        }
        String t = text.node.asText();
        if (t.chars().filter(ch -> ch == '{').count() != t.chars().filter(ch -> ch == '}').count()) {
            throw text.fail("unbalanced braces in a feedback text");
        }
    }
}
