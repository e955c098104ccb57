package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.cli.LabeledFile;
import org.casemark.rubric.Rubric;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file of labelled write-ups in the devset's format, graded by the shared engine and compared with its labels. */
record LabeledSet(List<Calibration.Label> labels, List<GradeResult> results, Calibration.Report report) {

    static LabeledSet grade(Path file) {
        CasemarkEngine engine = SharedEngine.get();
        Rubric rubric = engine.grader("gm-case-study").rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<Calibration.Label> labels = new ArrayList<>();
        List<GradeResult> results = new ArrayList<>();
        for (LabeledFile.Entry e : LabeledFile.read(file.toString(), rubric)) {
            labels.add(e.label());
            results.add(engine.grade("gm-case-study", e.id(), e.text()));
        }
        return new LabeledSet(labels, results, Calibration.compare(labels, results, keys, rubric.max()));
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
