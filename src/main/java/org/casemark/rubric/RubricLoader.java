package org.casemark.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads and validates a rubric YAML file. Every problem is reported as {@code file:line:col <where>: <cause>},
 * where {@code <where>} names the component or criterion ({@code criterion "proxy.why"}); nothing that fails to
 * validate silently never matches.
 */
public final class RubricLoader {
    private static final YAMLFactory YAML = new YAMLFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(YAML);
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z0-9_]+)*");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern PHRASE_TOKEN = Pattern.compile(
            "[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*\\*?(\\+[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*\\*?)*|~\\d{1,2}|~noun|~verb|~head");

    private final String file;
    private YamlLocations locations;

    private RubricLoader(String file) {
        this.file = file;
    }

    /**
     * @param file        the name errors report (e.g. {@code rubrics/gm-case-study.yaml})
     * @param yaml        the file's text
     * @param readSibling reads a file named by {@code copy_sources} relative to the rubric; throws if absent
     */
    public static Rubric load(String file, String yaml, Function<String, String> readSibling) {
        return new RubricLoader(file).parse(yaml, readSibling);
    }

    private Rubric parse(String yaml, Function<String, String> readSibling) {
        JsonNode root;
        try {
            locations = YamlLocations.index(file, yaml);
            root = MAPPER.readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String at = l == null ? file : file + ":" + l.getLineNr() + ":" + l.getColumnNr();
            throw new RubricException(at + ": not valid YAML: " + oneLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RubricException(file + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject()) throw locations.error("", "rubric", "the file must be a mapping");
        Node r = new Node(root, "", "rubric", locations);
        r.only("id", "version", "title", "description", "limits", "negation_cues", "negatable", "denial_cues", "deniable", "imperative_concept", "number_concept", "before_scenario_noun", "adjective_before_scenario_noun", "people_concept", "stated_rule_concept", "acting_concept", "acting_excludes", "acting_object_excludes", "affected_concept", "answer_inherits", "concepts", "components", "slots",
                "flags", "gaming", "copy_sources", "section_model", "section_model_thresholds");
        String id = r.text("id");
        if (!KEY.matcher(id.replace('-', '_')).matches()) throw r.at("id").fail("id must be lowercase words joined by '-'");
        String version = r.text("version");

        Node lim = r.child("limits");
        lim.only("max_chars", "max_sentence_tokens", "min_words");
        Rubric.Limits limits = new Rubric.Limits(lim.intIn("max_chars", 100, 10_000_000),
                lim.intIn("max_sentence_tokens", 8, 10_000), lim.intIn("min_words", 1, 50));

        Node conceptsNode = r.child("concepts");
        Map<String, List<String>> concepts = new TreeMap<>();
        for (Iterator<String> it = conceptsNode.node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            Node c = conceptsNode.at(name).named("concept \"" + name + "\"");
            if (!KEY.matcher(name).matches()) throw c.fail("concept names are lowercase_with_underscores");
            List<String> phrases = c.strings();
            if (phrases.isEmpty()) throw c.fail("a concept needs at least one phrase");
            for (int i = 0; i < phrases.size(); i++) checkPhrase(c.at(i), phrases.get(i));
            concepts.put(name, phrases);
        }
        List<String> negation = r.child("negation_cues").strings();
        for (int i = 0; i < negation.size(); i++) checkPhrase(r.child("negation_cues").at(i), negation.get(i));

        List<String> negatable = conceptRefs(r, "negatable", concepts.keySet());
        List<String> denial = r.optStrings("denial_cues");
        for (int i = 0; i < denial.size(); i++) checkPhrase(r.child("denial_cues").at(i), denial.get(i));
        List<String> deniable = conceptRefs(r, "deniable", concepts.keySet());
        List<String> imperative = conceptRefs(r, "imperative_concept", concepts.keySet());
        if (imperative.size() > 1) throw r.at("imperative_concept").fail("imperative_concept names one concept");
        List<String> number = conceptRefs(r, "number_concept", concepts.keySet());
        if (number.size() > 1) throw r.at("number_concept").fail("number_concept names one concept");
        List<String> beforeScenarioNoun = conceptRefs(r, "before_scenario_noun", concepts.keySet());
        List<String> adjectiveBeforeScenarioNoun = conceptRefs(r, "adjective_before_scenario_noun", concepts.keySet());
        List<String> people = conceptRefs(r, "people_concept", concepts.keySet());
        if (people.size() > 1) throw r.at("people_concept").fail("people_concept names one concept");
        List<String> statedRule = conceptRefs(r, "stated_rule_concept", concepts.keySet());
        if (statedRule.size() > 1) throw r.at("stated_rule_concept").fail("stated_rule_concept names one concept");
        List<String> acting = conceptRefs(r, "acting_concept", concepts.keySet());
        if (acting.size() > 1) throw r.at("acting_concept").fail("acting_concept names one concept");
        List<String> actingExcludes = conceptRefs(r, "acting_excludes", concepts.keySet());
        if (!actingExcludes.isEmpty() && acting.isEmpty()) {
            throw r.at("acting_excludes").fail("acting_excludes needs an acting_concept");
        }
        List<String> actingObjectExcludes = conceptRefs(r, "acting_object_excludes", concepts.keySet());
        if (!actingObjectExcludes.isEmpty() && acting.isEmpty()) {
            throw r.at("acting_object_excludes").fail("acting_object_excludes needs an acting_concept");
        }
        List<String> affected = conceptRefs(r, "affected_concept", concepts.keySet());
        if (affected.size() > 1) throw r.at("affected_concept").fail("affected_concept names one concept");
        List<String> answerInherits = conceptRefs(r, "answer_inherits", concepts.keySet());
        Set<String> keys = new HashSet<>();
        Set<String> allCriteria = new HashSet<>();
        Node comps = r.child("components");
        List<Rubric.Component> components = components(comps, concepts, keys, allCriteria);
        Rubric.FlagRules flags = FlagRulesLoader.read(r, concepts, keys, allCriteria);
        Map<String, Rubric.SlotRule> slots = FeedbackTemplates.slots(r, concepts, allCriteria);
        FeedbackTemplates.checkTemplates(comps, slots, keys);

        Node g = r.child("gaming").named("gaming");
        g.only("rubric_terms", "max_term_density", "max_copied_share", "max_duplicate_share", "min_credited_share",
                "min_scenario_words", "max_definition_share", "lesson_example", "lesson_example_min", "lesson_example_min_share",
                "generic_words", "course_vocabulary", "max_unknown_share", "min_unknown_words", "grader_directives",
                "max_denied_share");
        Rubric.Gaming gaming = new Rubric.Gaming(conceptRefs(g, "rubric_terms", concepts.keySet()),
                g.share("max_term_density"), g.share("max_copied_share"), g.share("max_duplicate_share"),
                g.share("min_credited_share"), g.intIn("min_scenario_words", 0, 1000), g.share("max_definition_share"),
                conceptRefs(g, "lesson_example", concepts.keySet()), g.intIn("lesson_example_min", 1, 100),
                g.share("lesson_example_min_share"),
                g.optStrings("generic_words"), conceptRefs(g, "course_vocabulary", concepts.keySet()),
                // optional: without them, neither check runs
                g.node.has("max_unknown_share") ? g.share("max_unknown_share") : 1.0,
                g.node.has("min_unknown_words") ? g.intIn("min_unknown_words", 1, 1000) : 1,
                g.optStrings("grader_directives"),
                g.node.has("max_denied_share") ? g.share("max_denied_share") : 1.0);

        List<String> sources = new ArrayList<>();
        Node cs = r.child("copy_sources");
        List<String> names = cs.strings();
        for (int i = 0; i < names.size(); i++) {
            try {
                sources.add(readSibling.apply(names.get(i)));
            } catch (RuntimeException e) {
                throw cs.at(i).fail("cannot read copy source \"" + names.get(i) + "\": " + e.getMessage());
            }
        }
        Rubric.SectionModel model = null;
        List<String> digested = new ArrayList<>(sources);
        if (r.node.has("section_model")) {
            String name = r.text("section_model");
            String tsv;
            try {
                tsv = readSibling.apply(name);
            } catch (RuntimeException e) {
                throw r.at("section_model").fail("cannot read section model \"" + name + "\": " + e.getMessage());
            }
            model = SectionModelFile.parse(name, tsv, keys);
            digested.add(tsv);
            if (r.node.has("section_model_thresholds")) {
                // "distribution_shift: 0.9": the posterior the model's reading of that component needs, where it is
                // not the model's own
                Node t = r.child("section_model_thresholds");
                if (!t.node.isObject()) throw t.fail("section_model_thresholds must map components to posteriors");
                Map<String, Double> thresholds = new java.util.TreeMap<>();
                for (java.util.Iterator<String> it = t.node.fieldNames(); it.hasNext(); ) {
                    String key = it.next();
                    if (!keys.contains(key)) throw t.at(key).fail("unknown component '" + key + "'");
                    double p = t.share(key);
                    if (p <= 0) throw t.at(key).fail("'" + key + "' must be above 0, was " + p);
                    thresholds.put(key, p);
                }
                model = model.withClassThresholds(thresholds);
            }
        } else if (r.node.has("section_model_thresholds")) {
            throw r.at("section_model_thresholds").fail("section_model_thresholds needs a section_model");
        }
        // the declared version plus a digest of everything that shapes a grade: editing the file, a copy source or
        // the section model without bumping the version still yields a different rubric_version in every grade
        String recorded = version + "+" + digest(yaml, digested);
        return new Rubric(id, recorded, r.text("title"), r.text("description"), limits, concepts, negation,
                negatable, denial, deniable, imperative.isEmpty() ? null : imperative.get(0), number.isEmpty() ? null : number.get(0),
                beforeScenarioNoun, adjectiveBeforeScenarioNoun, people.isEmpty() ? null : people.get(0),
                statedRule.isEmpty() ? null : statedRule.get(0), acting.isEmpty() ? null : acting.get(0),
                actingExcludes, actingObjectExcludes,
                affected.isEmpty() ? null : affected.get(0), answerInherits,
                components, flags, gaming, slots, sources, model, file);
    }

    /**
     * The components, in order, each with its criteria (rules, feedback texts) and levels; fills {@code keys} and
     * {@code allCriteria} with what it read, and checks every reference a rule makes to another component.
     */
    private List<Rubric.Component> components(Node comps, Map<String, List<String>> concepts, Set<String> keys,
                                              Set<String> allCriteria) {
        List<Rubric.Component> components = new ArrayList<>();
        if (!comps.node.isArray() || comps.node.isEmpty()) throw comps.fail("components must be a non-empty list");
        for (int i = 0; i < comps.node.size(); i++) {
            Node c = comps.at(i);
            String key = c.text("key");
            c = c.named("component \"" + key + "\"");
            c.only("key", "title", "description", "max", "headings", "criteria", "levels", "feedback", "told_after",
                    "quoted_apart_from", "not_under");
            String toldAfter = c.node.has("told_after") ? c.text("told_after") : null;
            // the component a write-up tells this one after (the shift after the proxy): an earlier one
            if (toldAfter != null && !keys.contains(toldAfter)) {
                throw c.at("told_after").fail("told_after must name an earlier component (earlier: " + new java.util.TreeSet<>(keys) + ")");
            }
            if (!KEY.matcher(key).matches()) throw c.at("key").fail("key must be lowercase_with_underscores");
            if (!keys.add(key)) throw c.at("key").fail("duplicate component key");
            int max = c.intIn("max", 1, 10);
            List<Rubric.Criterion> criteria = new ArrayList<>();
            Set<String> own = new HashSet<>();
            Node crits = c.child("criteria");
            for (int j = 0; j < crits.node.size(); j++) {
                Node k = crits.at(j);
                String cid = k.text("id");
                k = k.named("criterion \"" + cid + "\"");
                k.only("id", "description", "rules", "missing", "credit", "missing_when", "not_quoted_for", "quoted_unless",
                        "quote_labelled", "quoted_last_with", "quoted_first_with", "quoted_first_acting");
                if (!ID.matcher(cid).matches()) throw k.at("id").fail("criterion ids look like 'proxy.why'");
                if (!allCriteria.add(cid)) throw k.at("id").fail("duplicate criterion id");
                own.add(cid);
                List<Rubric.Rule> rules = new ArrayList<>();
                Node rs = k.child("rules");
                if (!rs.node.isArray() || rs.node.isEmpty()) throw rs.fail("a criterion needs at least one rule");
                for (int m = 0; m < rs.node.size(); m++) {
                    rules.add(rule(rs.at(m).named(k.where), concepts.keySet()));
                }
                List<Rubric.MissingWhen> missingWhen = new ArrayList<>();
                Node mw = k.at("missing_when");
                for (int m = 0; !mw.node.isMissingNode() && m < mw.node.size(); m++) {
                    Node w = mw.at(m);
                    w.only("criterion", "text");
                    missingWhen.add(new Rubric.MissingWhen(w.text("criterion"), w.text("text")));
                }
                List<String> notQuotedFor = k.optStrings("not_quoted_for");
                for (String ref : notQuotedFor) {
                    if (!allCriteria.contains(ref) || own.contains(ref)) {
                        throw k.at("not_quoted_for").fail("'not_quoted_for' must name a criterion of an earlier "
                                + "component, was \"" + ref + "\"");
                    }
                }
                List<String> quotedUnless = conceptRefs(k, "quoted_unless", concepts.keySet());
                criteria.add(new Rubric.Criterion(cid, k.text("description"), rules, k.text("missing"),
                        k.node.has("credit") ? k.text("credit") : null, missingWhen, notQuotedFor, quotedUnless,
                        k.node.has("quote_labelled") && k.bool("quote_labelled"),
                        conceptRefs(k, "quoted_last_with", concepts.keySet()),
                        conceptRefs(k, "quoted_first_with", concepts.keySet()),
                        quotedFirstActing(k)));
            }
            List<Rubric.Level> levels = new ArrayList<>();
            Node ls = c.child("levels");
            int previous = Integer.MAX_VALUE;
            for (int j = 0; j < ls.node.size(); j++) {
                Node l = ls.at(j);
                l.only("score", "all", "any", "min_any");
                int score = l.intIn("score", 1, max);
                if (score >= previous) throw l.at("score").fail("levels must be listed from the highest score down");
                previous = score;
                List<String> all = l.optStrings("all");
                List<String> any = l.optStrings("any");
                for (String ref : all) if (!own.contains(ref)) throw l.at("all").fail("unknown criterion \"" + ref + "\" (criteria of this component: " + new java.util.TreeSet<>(own) + ")");
                for (String ref : any) if (!own.contains(ref)) throw l.at("any").fail("unknown criterion \"" + ref + "\"");
                int minAny = l.node.has("min_any") ? l.intIn("min_any", 0, any.size()) : (any.isEmpty() ? 0 : 1);
                if (all.isEmpty() && minAny == 0) throw l.fail("a level needs 'all' or 'any' criteria");
                levels.add(new Rubric.Level(score, all, any, minAny));
            }
            Node fb = c.child("feedback");
            fb.only("met", "partial", "missing", "capped", "partial_when");
            String capped = fb.at("capped").node.isMissingNode() ? null : fb.text("capped");
            List<Rubric.PartialWhen> partialWhen = new ArrayList<>();
            Node pw = fb.at("partial_when");
            for (int j = 0; !pw.node.isMissingNode() && j < pw.node.size(); j++) {
                Node w = pw.at(j);
                w.only("concepts", "text");
                partialWhen.add(new Rubric.PartialWhen(conceptRefs(w, "concepts", concepts.keySet()), w.text("text")));
            }
            components.add(new Rubric.Component(key, c.text("title"), c.text("description"), max,
                    c.optStrings("headings"), criteria, levels,
                    new Rubric.Feedback(fb.text("met"), fb.text("partial"), fb.text("missing"), capped, partialWhen),
                    toldAfter, c.optStrings("quoted_apart_from"), c.optStrings("not_under")));
        }
        // the components whose sentences a component's quotes keep apart from (the proposals of the fixes): others
        for (int i = 0; i < comps.node.size(); i++) {
            Rubric.Component component = components.get(i);
            for (String ref : component.quotedApartFrom()) {
                if (!keys.contains(ref) || ref.equals(component.key())) {
                    throw comps.at(i).named("component \"" + component.key() + "\"").at("quoted_apart_from")
                            .fail("quoted_apart_from must name other components (components: " + new java.util.TreeSet<>(keys) + ")");
                }
            }
            for (String ref : component.notUnder()) {
                if (!keys.contains(ref) || ref.equals(component.key())) {
                    throw comps.at(i).named("component \"" + component.key() + "\"").at("not_under")
                            .fail("not_under must name other components (components: " + new java.util.TreeSet<>(keys) + ")");
                }
            }
        }
        for (int i = 0; i < comps.node.size(); i++) {
            Node cs = comps.at(i).child("criteria");
            for (int j = 0; j < cs.node.size(); j++) {
                Node mw = cs.at(j).named("criterion \"" + cs.at(j).text("id") + "\"").at("missing_when");
                for (int m = 0; !mw.node.isMissingNode() && m < mw.node.size(); m++) {
                    String ref = mw.at(m).text("criterion");
                    if (!allCriteria.contains(ref)) throw mw.at(m).at("criterion").fail("unknown criterion \"" + ref + "\"");
                }
                Node rs = cs.at(j).child("rules");
                for (int m = 0; m < rs.node.size(); m++) {
                    Node rule = rs.at(m).named("criterion \"" + cs.at(j).text("id") + "\"");
                    for (String ref : rule.optStrings("overlap_with")) {
                        if (!keys.contains(ref)) throw rule.at("overlap_with").fail("unknown component \"" + ref + "\"");
                    }
                    for (String ref : rule.optStrings("in_passage_of")) {
                        if (!earlierCriterion(cs, j, ref)) throw rule.at("in_passage_of")
                                .fail("'in_passage_of' must name an earlier criterion of the component, was \"" + ref + "\"");
                    }
                    for (String key : List.of("after", "after_all", "after_start")) {
                        Node after = rule.at(key);
                        if (!after.node.isMissingNode() && !earlier(comps, i, after.node.asText())) {
                            throw after.fail("'" + key + "' must name an earlier component, was \"" + after.node.asText()
                                    + "\"");
                        }
                    }
                }
            }
        }
        return components;
    }

    private static String digest(String yaml, List<String> sources) {
        try {
            java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
            sha.update(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            for (String s : sources) sha.update(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A parser message on one line: the snippet and caret lines YAML adds are dropped. */
    static String oneLine(String message) {
        List<String> parts = new ArrayList<>();
        for (String line : message.split("\\R")) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("in 'reader'") || t.equals("^") || line.startsWith(" ")) continue;
            parts.add(t);
        }
        return String.join("; ", parts);
    }

    private Rubric.Rule rule(Node n, Set<String> concepts) {
        n.only("all", "any", "none", "none_scope", "window", "in_section", "min_scenario", "overlap_with",
                "min_overlap", "after", "after_all", "in_passage_of", "after_start", "leans_on", "min_words");
        List<String> all = conceptRefs(n, "all", concepts);
        List<String> any = conceptRefs(n, "any", concepts);
        List<String> none = conceptRefs(n, "none", concepts);
        int window = n.node.has("window") ? n.intIn("window", 0, 5) : 0;
        boolean inSection = n.node.has("in_section") && n.bool("in_section");
        if (all.isEmpty() && any.isEmpty() && !inSection) {
            throw n.fail("a rule needs 'all' or 'any' concepts (only an in_section rule may have none)");
        }
        int minScenario = n.node.has("min_scenario") ? n.intIn("min_scenario", 0, 20) : 0;
        List<String> overlapWith = n.optStrings("overlap_with");
        int minOverlap = n.node.has("min_overlap") ? n.intIn("min_overlap", 1, 20) : (overlapWith.isEmpty() ? 0 : 1);
        boolean noneInClause = false;
        if (n.node.has("none_scope")) {
            String scope = n.text("none_scope");
            if (!scope.equals("clause") && !scope.equals("sentence")) {
                throw n.at("none_scope").fail("'none_scope' must be clause or sentence, was '" + scope + "'");
            }
            noneInClause = scope.equals("clause");
            if (noneInClause && (all.isEmpty() || none.isEmpty())) {
                throw n.at("none_scope").fail("'none_scope: clause' needs both 'all' and 'none' concepts");
            }
        }
        // "after: proxy_goal": the sentence comes after the first that meets one of that component's criteria (the
        // shift told once the proxy's account has begun, even where a story explains the proxy only afterwards)
        String after = n.node.has("after") ? n.text("after") : null;
        // "after_all: distribution_shift": the sentence comes after every one that meets one of that component's
        // criteria (a change to training told after the whole failure is a fix, proposed or reported)
        String afterAll = n.node.has("after_all") ? n.text("after_all") : null;
        // "in_passage_of: [shift.context]": the sentence follows, in the same paragraph, one that meets an earlier
        // criterion of the component (the harm told a few sentences after the story's setting)
        List<String> inPassageOf = n.optStrings("in_passage_of");
        // "after_start: proxy_goal": in the paragraph that introduces the system, the sentence comes after the first
        // of that component's evidence (a test told there before the proxy describes the system, not a fix)
        String afterStart = n.node.has("after_start") ? n.text("after_start") : null;
        // "leans_on: [correlation]": a sentence with fewer scenario words than min_scenario still meets the rule
        // when the sentence just before it, in the same section, states these concepts of the scenario ("every
        // organic item came in a green paper bag ... / in training both give the same label every time")
        List<String> leansOn = conceptRefs(n, "leans_on", concepts);
        if (!leansOn.isEmpty() && minScenario == 0) {
            throw n.at("leans_on").fail("'leans_on' needs a 'min_scenario' to lean for");
        }
        // "min_words: 9": the sentence has at least that many words (a goal told at some length, not a fragment)
        int minWords = n.node.has("min_words") ? n.intIn("min_words", 0, 100) : 0;
        return new Rubric.Rule(all, any, none, window, inSection, minScenario, overlapWith, minOverlap, noneInClause, after,
                afterAll, inPassageOf, afterStart, leansOn, minWords);
    }

    /** Criterion {@code id} comes before criterion number {@code index} in the component's list {@code criteria}. */
    private static boolean earlierCriterion(Node criteria, int index, String id) {
        for (int k = 0; k < index; k++) if (id.equals(criteria.at(k).text("id"))) return true;
        return false;
    }

    /** Component {@code key} is listed before component number {@code index}. */
    private static boolean earlier(Node comps, int index, String key) {
        for (int k = 0; k < index; k++) if (key.equals(comps.at(k).text("key"))) return true;
        return false;
    }

    /** {@code quoted_first_acting: true} widens a criterion's {@code quoted_first_with}, so it needs one. */
    private static boolean quotedFirstActing(Node k) {
        boolean acting = k.node.has("quoted_first_acting") && k.bool("quoted_first_acting");
        if (acting && !k.node.has("quoted_first_with")) {
            throw k.at("quoted_first_acting").fail("'quoted_first_acting' needs 'quoted_first_with'");
        }
        return acting;
    }

    /** The concepts a field names, each one the rubric defines. */
    static List<String> conceptRefs(Node parent, String field, Set<String> concepts) {
        List<String> refs = parent.optStrings(field);
        for (int i = 0; i < refs.size(); i++) {
            if (!concepts.contains(refs.get(i))) {
                throw parent.at(field).at(i).fail("unknown concept \"" + refs.get(i) + "\"");
            }
        }
        return refs;
    }

    private void checkPhrase(Node n, String phrase) {
        String[] parts = phrase.trim().split("\\s+");
        if (phrase.isBlank()) throw n.fail("empty phrase");
        int words = 0;
        for (int i = 0; i < parts.length; i++) {
            String p = parts[i];
            if (!PHRASE_TOKEN.matcher(p).matches()) throw n.fail("bad token \"" + p + "\" in phrase \"" + phrase + "\"");
            if (p.equals("~noun") || p.equals("~verb") || p.equals("~head")) {
                if (i != parts.length - 1 || words != 1 || phrase.contains("+")) {
                    throw n.fail("a part of speech ('" + p + "') must end a phrase of one word: \"" + phrase + "\"");
                }
            } else if (p.startsWith("~")) {
                if (i != parts.length - 1) throw n.fail("slop '~N' must end the phrase \"" + phrase + "\"");
            } else {
                words++;
                if (p.endsWith("*") && p.length() < 4) throw n.fail("prefix \"" + p + "\" is too short (3 letters at least)");
            }
        }
        if (words == 0) throw n.fail("phrase \"" + phrase + "\" has no word");
    }
}
