package org.casemark.rubric;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads and validates a rubric's {@code flags}: each error names the field's line, as {@link RubricLoader} does. */
final class FlagRulesLoader {
    private FlagRulesLoader() {
    }

    /** The flags' rules: which concepts raise them, what keeps a write-up on topic, and the caps each flag sets. */
    static Rubric.FlagRules read(Node r, Map<String, List<String>> concepts, Set<String> keys, Set<String> allCriteria) {
        Node f = r.child("flags").named("flags");
        f.only("misconception", "misconception_context", "contrast", "generic_cues", "contrast_cues", "proxy_denial",
                "reward_disguise", "subject", "subject_with", "made_for", "system_concepts", "on_topic",
                "caps", "diagnosis", "purpose_only", "system_only", "other_subjects",
                "corroborated_by");
        List<String> misconception = RubricLoader.conceptRefs(f, "misconception", concepts.keySet());
        List<String> misconceptionContext = RubricLoader.conceptRefs(f, "misconception_context", concepts.keySet());
        List<String> contrast = RubricLoader.conceptRefs(f, "contrast", concepts.keySet());
        List<String> proxyDenial = RubricLoader.conceptRefs(f, "proxy_denial", concepts.keySet());
        if (proxyDenial.size() > 1) throw f.at("proxy_denial").fail("name one concept");
        Rubric.RewardDisguise disguise = null;
        Node rd = f.at("reward_disguise");
        if (!rd.node.isMissingNode() && !rd.node.isNull()) {
            rd.only("in_training", "reward", "edit", "already", "phase", "proposal", "data", "reward_met", "named");
            List<String> parts = new ArrayList<>();
            for (String field : List.of("in_training", "reward", "edit")) {
                List<String> ref = RubricLoader.conceptRefs(rd, field, concepts.keySet());
                if (ref.size() != 1) throw rd.at(field).fail("name one concept");
                parts.add(ref.get(0));
            }
            disguise = new Rubric.RewardDisguise(parts.get(0), parts.get(1), parts.get(2),
                    RubricLoader.conceptRefs(rd, "already", concepts.keySet()), RubricLoader.conceptRefs(rd, "phase", concepts.keySet()),
                    RubricLoader.conceptRefs(rd, "proposal", concepts.keySet()), RubricLoader.conceptRefs(rd, "data", concepts.keySet()),
                    RubricLoader.conceptRefs(rd, "reward_met", concepts.keySet()), RubricLoader.conceptRefs(rd, "named", concepts.keySet()));
        }
        List<List<String>> onTopic = new ArrayList<>();
        Node ot = f.child("on_topic");
        if (!ot.node.isArray() || ot.node.isEmpty()) throw ot.fail("on_topic must be a list of criterion lists");
        for (int i = 0; i < ot.node.size(); i++) {
            List<String> set = ot.at(i).strings();
            for (int j = 0; j < set.size(); j++) {
                if (!allCriteria.contains(set.get(j))) throw ot.at(i).at(j).fail("unknown criterion \"" + set.get(j) + "\"");
            }
            onTopic.add(List.copyOf(set));
        }
        Map<String, Map<String, Integer>> caps = new LinkedHashMap<>();
        Node capsNode = f.child("caps");
        for (Iterator<String> it = capsNode.node.fieldNames(); it.hasNext(); ) {
            String flag = it.next();
            Node fc = capsNode.at(flag);
            if (!Set.of("misconception", "proxy_denied", "off_topic", "gaming").contains(flag)) {
                throw fc.fail("unknown flag \"" + flag + "\" (flags: misconception, proxy_denied, off_topic, gaming)");
            }
            Map<String, Integer> cap = new LinkedHashMap<>();
            for (Iterator<String> ks = fc.node.fieldNames(); ks.hasNext(); ) {
                String k = ks.next();
                if (!keys.contains(k)) throw fc.at(k).fail("unknown component \"" + k + "\"");
                cap.put(k, fc.intIn(k, 0, 10));
            }
            caps.put(flag, cap);
        }
        Map<String, String> corroboratedBy = new LinkedHashMap<>();
        Node cb = f.at("corroborated_by");
        Iterator<String> claims = cb.node.isMissingNode() ? java.util.Collections.emptyIterator()
                : cb.node.fieldNames();
        for (Iterator<String> it = claims; it.hasNext(); ) {
            String claim = it.next();
            if (!misconception.contains(claim)) {
                throw cb.at(claim).fail("'corroborated_by' keys must be misconception concepts, was \"" + claim + "\"");
            }
            String by = cb.at(claim).node.asText();
            if (!concepts.containsKey(by)) throw cb.at(claim).fail("unknown concept \"" + by + "\"");
            corroboratedBy.put(claim, by);
        }
        return new Rubric.FlagRules(misconception, misconceptionContext, contrast,
                f.optStrings("generic_cues"), f.optStrings("contrast_cues"), proxyDenial.isEmpty() ? null : proxyDenial.get(0),
                disguise, RubricLoader.conceptRefs(f, "subject", concepts.keySet()),
                RubricLoader.conceptRefs(f, "subject_with", concepts.keySet()), RubricLoader.conceptRefs(f, "made_for", concepts.keySet()),
                RubricLoader.conceptRefs(f, "system_concepts", concepts.keySet()),
                onTopic, caps, RubricLoader.conceptRefs(f, "diagnosis", concepts.keySet()),
                RubricLoader.conceptRefs(f, "purpose_only", concepts.keySet()), RubricLoader.conceptRefs(f, "system_only", concepts.keySet()),
                RubricLoader.conceptRefs(f, "other_subjects", concepts.keySet()), corroboratedBy);
    }
}
