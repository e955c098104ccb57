package org.casemark.core;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Agreement with the instructor-labelled devset ({@code ../shared/devset/essays.jsonl}, beside the checkout in
 * development and in CI). Fails below the thresholds the project committed to.
 */
class DevsetCalibrationTest {
    static final Path DEVSET = Path.of("../shared/devset/essays.jsonl");

    @Test
    void agreementWithInstructorLabelsMeetsTheBar() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(DEVSET),
                DEVSET.toAbsolutePath() + " is not beside this checkout: the devset calibration is skipped");
        LabeledSet set = LabeledSet.grade(DEVSET);
        Calibration.Report r = set.report();
        String summary = set.summary();
        assertTrue(r.totalQwk() >= 0.85, "QWK of totals: " + summary);
        assertTrue(r.componentExact() >= 0.80, "component exact agreement: " + summary);
        Calibration.FlagAgreement mis = r.flags().stream().filter(f -> f.flag().equals("misconception")).findFirst().orElseThrow();
        assertTrue(mis.recall() >= 0.8 && mis.falsePositives() <= 1, "misconception: " + mis);
        assertEquals(r.languageExpected(), r.languageCorrect(), "non-English essays sent to review with their language");
        set.assertGamingAndOffTopicCaught();
        set.assertEvidenceInPlace();
    }

    @Test
    void qwkOfPerfectAgreementIsOneAndOfReversalIsNegative() {
        List<int[]> same = List.of(new int[]{0, 0}, new int[]{1, 1}, new int[]{2, 2});
        assertEquals(1.0, Calibration.qwk(same, 2), 1e-9);
        List<int[]> reversed = List.of(new int[]{0, 2}, new int[]{1, 1}, new int[]{2, 0});
        assertTrue(Calibration.qwk(reversed, 2) < 0);
    }
}
