package org.casemark.core;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.SharedEngine;
import org.casemark.json.Json;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Golden files: every {@code samples/case-studies/NAME.txt} is graded and compared with {@code NAME.expected.json}
 * (status, total, each component's score, flags). A new case is two new files, no new code. A failure names the
 * file and the component.
 */
class GoldenCaseStudiesTest {
    private static final Path DIR = Path.of("samples/case-studies");

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedGrade() throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.list(DIR)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertFalse(texts.isEmpty(), "no samples in " + DIR);
        return texts.stream().map(txt -> DynamicTest.dynamicTest(txt.getFileName().toString(), () -> check(txt)));
    }

    private static void check(Path txt) throws IOException {
        String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
        Path expectedFile = DIR.resolve(name + ".expected.json");
        assertTrue(Files.exists(expectedFile), expectedFile + " is missing");
        JsonNode expected = Json.MAPPER.readTree(expectedFile.toFile());
        String text = Files.readString(txt, StandardCharsets.UTF_8);
        GradeResult r = SharedEngine.get().grade("gm-case-study", name, text);
        String where = txt + ": ";
        assertEquals(expected.get("status").asText(), r.status(), where + "status");
        if (expected.get("total").isNull()) {
            assertEquals(null, r.total(), where + "total");
        } else {
            assertEquals(expected.get("total").asInt(), r.total(), where + "total");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("components").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            ComponentResult c = r.components().stream().filter(x -> x.key().equals(e.getKey())).findFirst().orElseThrow(
                    () -> new AssertionError(where + "component " + e.getKey() + " missing from the grade"));
            assertEquals(e.getValue().asInt(), c.score(), where + "component " + e.getKey() + " (met " + c.criteriaMet() + ")");
            for (Evidence ev : c.evidence()) {
                assertEquals(text.substring(ev.start(), ev.end()), ev.quote(), where + "evidence offsets of " + e.getKey());
            }
        }
        JsonNode f = expected.get("flags");
        assertEquals(f.get("misconception").asBoolean(), r.flags().misconception(), where + "flag misconception " + r.flags().reasons());
        assertEquals(f.get("off_topic").asBoolean(), r.flags().offTopic(), where + "flag off_topic " + r.flags().reasons());
        assertEquals(f.get("gaming").asBoolean(), r.flags().gaming(), where + "flag gaming " + r.flags().reasons());
        assertEquals(f.get("language").asText(), r.flags().language(), where + "flag language");
    }
}
