package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.cli.LabeledFile;
import org.casemark.rubric.Rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file of labelled write-ups in the devset's format, graded by the shared engine and compared with its labels. */
record LabeledSet(List<Calibration.Label> labels, List<GradeResult> results, Calibration.Report report,
                  List<List<Grader.SentenceTrace>> sentences) {

    static LabeledSet grade(Path file) {
        CasemarkEngine engine = SharedEngine.get();
        Rubric rubric = engine.grader("gm-case-study").rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<Calibration.Label> labels = new ArrayList<>();
        List<GradeResult> results = new ArrayList<>();
        List<List<Grader.SentenceTrace>> sentences = new ArrayList<>();
        Grader grader = engine.grader("gm-case-study");
        for (LabeledFile.Entry e : LabeledFile.read(file.toString(), rubric)) {
            labels.add(e.label());
            // the grade and how each sentence was read, from one annotation (the grade is the one `grade` returns)
            Grader.Explained x = grader.explain(e.id(), e.text());
            results.add(x.result());
            sentences.add(x.sentences());
        }
        return new LabeledSet(labels, results, Calibration.compare(labels, results, keys, rubric.max()), sentences);
    }

    /**
     * Evidence quoted from where it cannot support its criterion: a heading (it earns nothing), or, in a write-up that
     * heads or labels a part of its own for the component, a sentence of another part's section. One line per
     * write-up: "id: component criterion from ...".
     */
    List<String> misplacedEvidence() {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < results.size(); n++) {
            GradeResult g = results.get(n);
            List<Grader.SentenceTrace> ts = sentences.get(n);
            if (g.components() == null || ts.isEmpty() || g.flags().gaming() || g.flags().offTopic()) continue;
            List<String> wrong = new ArrayList<>();
            for (ComponentResult c : g.components()) {
                boolean headed = ts.stream().anyMatch(t -> (t.heading() || t.notes().contains("label"))
                        && t.section().contains(c.key()));
                for (Evidence e : c.evidence()) {
                    Grader.SentenceTrace t = ts.stream().filter(s -> s.start() <= e.start() && e.start() < s.end())
                            .findFirst().orElse(null);
                    if (t == null) {
                        wrong.add(c.key() + " " + e.criterion() + " quotes no sentence of the text");
                        continue;
                    }
                    List<String> own = t.section().stream().filter(k -> !k.startsWith("~")).toList();
                    if (t.heading()) wrong.add(c.key() + " " + e.criterion() + " from a heading: " + t.text());
                    else if (headed && !own.isEmpty() && !own.contains(c.key())) {
                        wrong.add(c.key() + " " + e.criterion() + " from the section of " + own + ": " + t.text());
                    }
                }
            }
            if (!wrong.isEmpty()) out.add(labels.get(n).id() + ": " + String.join("; ", wrong));
        }
        return out;
    }

    /**
     * No evidence is a heading or outside the text; at most one write-up of a set quotes a sentence of another part's
     * section (the floor from the first measurement, 48 sets: 10 write-ups, never two in one set; most read a part's
     * heading wrongly, such as a run-in "Before deployment:" label under the shift's heading).
     */
    void assertEvidenceInPlace() {
        List<String> misplaced = misplacedEvidence();
        assertTrue(misplaced.stream().noneMatch(m -> m.contains(" from a heading: ") || m.contains(" quotes no sentence")),
                "evidence from a heading or from no sentence: " + misplaced);
        assertTrue(misplaced.size() <= 1, "evidence from another part's section: " + misplaced);
    }

    String summary() {
        return "QWK " + report.totalQwk() + ", component exact " + report.componentExact() + ", disagreements "
                + report.disagreements();
    }

    /**
     * Every essay labelled gaming or off-topic scores at most 2 and carries one of those flags, or is sent to an
     * instructor with a reason (never returned as a confident grade above 2).
     */
    void assertGamingAndOffTopicCaught() {
        assertGamingAndOffTopicCaught(0);
    }

    /** Every gaming or off-topic write-up is flagged and scored at most 2 (or sent to review), but {@code allowed}. */
    void assertGamingAndOffTopicCaught(int allowed) {
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Calibration.Label l = labels.get(i);
            if (l.gaming() || l.offTopic()) {
                GradeResult g = results.get(i);
                if (GradeResult.NEEDS_REVIEW.equals(g.status()) && !g.reviewReasons().isEmpty()) continue;
                if (g.total() == null || g.total() > 2 || !(g.flags().gaming() || g.flags().offTopic())) {
                    missed.add(l.id() + " (gaming/off-topic) scored " + g.total() + ", flags " + g.flags());
                }
            }
        }
        assertTrue(missed.size() <= allowed, "missed: " + missed);
    }
}
