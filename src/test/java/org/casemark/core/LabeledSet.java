package org.casemark.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.SharedEngine;
import org.casemark.json.Json;
import org.casemark.rubric.Rubric;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A file of labelled write-ups in the devset's format, graded by the shared engine and compared with its labels. */
record LabeledSet(List<Calibration.Label> labels, List<GradeResult> results, Calibration.Report report) {

    static LabeledSet grade(Path file) throws IOException {
        CasemarkEngine engine = SharedEngine.get();
        Rubric rubric = engine.grader("gm-case-study").rubric();
        List<String> keys = rubric.components().stream().map(Rubric.Component::key).toList();
        List<Calibration.Label> labels = new ArrayList<>();
        List<GradeResult> results = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank()) continue;
            JsonNode n = Json.MAPPER.readTree(line);
            Map<String, Integer> comps = new TreeMap<>();
            keys.forEach(k -> comps.put(k, n.get("labels").get(k).asInt()));
            JsonNode f = n.get("flags");
            labels.add(new Calibration.Label(n.get("id").asText(), comps, f.get("misconception").asBoolean(),
                    f.get("off_topic").asBoolean(), f.get("gaming").asBoolean(), f.get("language").asText()));
            results.add(engine.grade("gm-case-study", n.get("id").asText(), n.get("text").asText()));
        }
        return new LabeledSet(labels, results, Calibration.compare(labels, results, keys, rubric.max()));
    }

    String summary() {
        return "QWK " + report.totalQwk() + ", component exact " + report.componentExact() + ", disagreements "
                + report.disagreements();
    }

    /** Every essay labelled gaming or off-topic scores at most 2 and carries one of those flags. */
    void assertGamingAndOffTopicCaught() {
        for (int i = 0; i < labels.size(); i++) {
            Calibration.Label l = labels.get(i);
            if (l.gaming() || l.offTopic()) {
                GradeResult g = results.get(i);
                assertTrue(g.total() != null && g.total() <= 2, l.id() + " (gaming/off-topic) scored " + g.total());
                assertTrue(g.flags().gaming() || g.flags().offTopic(), l.id() + " not flagged: " + g.flags());
            }
        }
    }
}
