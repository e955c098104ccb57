package org.casemark.rubric;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The loader's error table: each {@code src/test/resources/rubric-errors/CASE.yaml} is a small rubric with one
 * mistake and its first line {@code # expect: MESSAGE} is the exact one-line error the loader must give.
 */
class RubricLoaderErrorTableTest {
    private static final Path DIR = Path.of("src/test/resources/rubric-errors");

    private static Rubric load(Path p) throws IOException {
        return RubricLoader.load("rubric-errors/" + p.getFileName(), Files.readString(p, StandardCharsets.UTF_8),
                name -> { throw new IllegalArgumentException("not found"); });
    }

    @Test
    void theBaseOfTheTableIsValid() throws IOException {
        Rubric r = load(DIR.resolve("_valid.yaml"));
        assertEquals("tiny", r.id());
        assertEquals(2, r.max());
    }

    @TestFactory
    Stream<DynamicTest> eachBadRubricFailsWithItsExactMessage() throws IOException {
        List<Path> cases;
        try (Stream<Path> files = Files.list(DIR)) {
            cases = files.filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
        }
        assertTrue(cases.size() >= 15, "the table has " + cases.size() + " cases");
        return cases.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String first = Files.readAllLines(p).get(0);
            assertTrue(first.startsWith("# expect: "), p + ": first line must be '# expect: MESSAGE'");
            String expected = first.substring("# expect: ".length());
            RubricException e = assertThrows(RubricException.class, () -> load(p), p.toString());
            assertEquals(expected, e.getMessage(), p.toString());
            assertFalse(e.getMessage().contains("\n"), "one line");
        }));
    }

    @Test
    void theRecordedVersionChangesWithTheContent() throws IOException {
        String yaml = Files.readString(DIR.resolve("_valid.yaml"));
        String v1 = RubricLoader.load("a.yaml", yaml, n -> "").version();
        String v2 = RubricLoader.load("a.yaml", yaml.replace("Partly there.", "Partly there!"), n -> "").version();
        assertTrue(v1.matches("1\\+[0-9a-f]{8}"), v1);
        assertFalse(v1.equals(v2), "an edit without a version bump must still change rubric_version");
        assertEquals(v1, RubricLoader.load("b.yaml", yaml, n -> "").version(), "same content, same version");
    }

    @Test
    void theBundledRubricsLoad() {
        List<Rubric> rubrics = RubricSource.bundled();
        Rubric gm = rubrics.stream().filter(r -> r.id().equals("gm-case-study")).findFirst().orElseThrow();
        assertEquals(List.of("system", "aligned_goal", "proxy_goal", "distribution_shift", "fix_training", "fix_evaluation"),
                gm.components().stream().map(Rubric.Component::key).toList());
        assertEquals(12, gm.max());
        assertEquals(2, gm.copySources().size());
    }
}
