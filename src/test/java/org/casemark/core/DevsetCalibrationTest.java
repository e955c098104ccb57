package org.casemark.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.SharedEngine;
import org.casemark.json.Json;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
        CasemarkEngine engine = SharedEngine.get();
        Rubric rubric = engine.grader("gm-case-study").rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<Calibration.Label> labels = new ArrayList<>();
        List<GradeResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(DEVSET)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            Map<String, Integer> comps = new TreeMap<>();
            keys.forEach(k -> comps.put(k, n.get("labels").get(k).asInt()));
            JsonNode f = n.get("flags");
            labels.add(new Calibration.Label(n.get("id").asText(), comps, f.get("misconception").asBoolean(),
                    f.get("off_topic").asBoolean(), f.get("gaming").asBoolean(), f.get("language").asText()));
            results.add(engine.grade("gm-case-study", n.get("id").asText(), n.get("text").asText()));
        }
        Calibration.Report r = Calibration.compare(labels, results, keys, rubric.max());
        String summary = "QWK " + r.totalQwk() + ", component exact " + r.componentExact() + ", disagreements " + r.disagreements();
        assertTrue(r.totalQwk() >= 0.85, "QWK of totals: " + summary);
        assertTrue(r.componentExact() >= 0.80, "component exact agreement: " + summary);
        Calibration.FlagAgreement mis = r.flags().stream().filter(f -> f.flag().equals("misconception")).findFirst().orElseThrow();
        assertTrue(mis.recall() >= 0.8 && mis.falsePositives() <= 1, "misconception: " + mis);
        assertEquals(r.languageExpected(), r.languageCorrect(), "non-English essays sent to review with their language");
        for (int i = 0; i < labels.size(); i++) {
            Calibration.Label l = labels.get(i);
            if (l.gaming() || l.offTopic()) {
                GradeResult g = results.get(i);
                assertTrue(g.total() != null && g.total() <= 2, l.id() + " (gaming/off-topic) scored " + g.total());
                assertTrue(g.flags().gaming() || g.flags().offTopic(), l.id() + " not flagged: " + g.flags());
            }
        }
    }

    @Test
    void qwkOfPerfectAgreementIsOneAndOfReversalIsNegative() {
        List<int[]> same = List.of(new int[]{0, 0}, new int[]{1, 1}, new int[]{2, 2});
        assertEquals(1.0, Calibration.qwk(same, 2), 1e-9);
        List<int[]> reversed = List.of(new int[]{0, 2}, new int[]{1, 1}, new int[]{2, 0});
        assertTrue(Calibration.qwk(reversed, 2) < 0);
    }
}
