package org.casemark.core;

import org.casemark.nlp.Sentence;

import java.util.ArrayList;
import java.util.List;

/** Everything the grading stages found in one write-up, stage by stage, before scores are capped and explained. */
record Analysis(Reading reading, Sections sections, ConceptMatches matches, Credits credits, MetCriteria criteria,
                RaisedFlags raised) {

    Flags flags() {
        return raised.flags();
    }

    /** How each sentence was read, from the stages' records: for instructors and rubric authors asking "why?". */
    List<Grader.SentenceTrace> trace() {
        List<Grader.SentenceTrace> out = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            Sentence s = reading.sentence(i);
            Sections.Place place = sections.places().get(i);
            Credits.Verdict verdict = credits.verdicts().get(i);
            List<String> notes = new ArrayList<>();
            if (verdict.duplicate()) notes.add("repeat");
            if (verdict.copied()) notes.add("copied");
            if (verdict.salad()) notes.add("rubric terms");
            if (verdict.definition()) notes.add("definition");
            if (verdict.denied()) notes.add("denied");
            if (place.directive()) notes.add("addressed to the grader");
            if (place.contentFrom() > 0) notes.add("label");
            // the section model's reading of an unheaded sentence shows as "~key"
            List<String> section = new ArrayList<>(place.section());
            for (String k : sections.inferred(i)) section.add("~" + k);
            out.add(new Grader.SentenceTrace(i, s.start(), s.end(), reading.text().substring(s.start(), s.end()),
                    section, place.heading(), verdict.credited(), notes,
                    List.copyOf(matches.hits().get(i).keySet()), hitWords(reading, matches, i),
                    List.copyOf(matches.negated().get(i)),
                    List.copyOf(verdict.scenario())));
        }
        return out;
    }

    /** Each concept sentence {@code i} states, with the words that matched it: {@code ai_system "tablet program"}. */
    private static List<String> hitWords(Reading reading, ConceptMatches matches, int i) {
        List<String> out = new ArrayList<>();
        matches.hits().get(i).forEach((concept, hits) -> {
            List<String> words = new ArrayList<>();
            for (ConceptIndex.Hit h : hits) {
                String w = "\"" + reading.text().substring(h.start(), h.end()).replaceAll("\\s+", " ") + "\"";
                if (!words.contains(w)) words.add(w);
            }
            out.add(concept + " " + String.join(" ", words));
        });
        return out;
    }
}
