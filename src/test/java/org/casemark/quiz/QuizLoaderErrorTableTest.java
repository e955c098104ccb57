package org.casemark.quiz;

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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each {@code src/test/resources/quiz-errors/*.yaml} is a bad quiz whose {@code # expect:} lines are its errors. */
class QuizLoaderErrorTableTest {

    private static final Path DIR = Path.of("src/test/resources/quiz-errors");

    @TestFactory
    Stream<DynamicTest> everyBadFileGivesItsExactErrors() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(DIR)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(files.size() >= 10, "error table has " + files.size() + " cases");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String yaml = Files.readString(f, StandardCharsets.UTF_8);
            List<String> expected = yaml.lines().filter(l -> l.startsWith("# expect: "))
                    .map(l -> l.substring("# expect: ".length())).toList();
            assertTrue(!expected.isEmpty(), f + " has no '# expect:' line");
            QuizLoadException e = assertThrows(QuizLoadException.class,
                    () -> QuizLoader.load(f.getFileName().toString(), yaml), f + " loaded without error");
            assertEquals(expected, e.errors(), f.toString());
        }));
    }

    @Test
    void theShippedQuizLoads() {
        List<Quiz> quizzes = QuizLoader.loadEmbedded();
        assertEquals(1, quizzes.size());
        assertEquals("gm-lesson", quizzes.get(0).id());
        assertEquals("rubrics/gm-quiz.yaml", quizzes.get(0).source());
    }

    @Test
    void aDirectoryOverrideLoadsItsQuizFiles() throws IOException {
        List<Quiz> quizzes = QuizLoader.loadDirectory(Path.of("rubrics"));
        assertEquals(List.of("gm-lesson"), quizzes.stream().map(Quiz::id).toList());
    }
}
