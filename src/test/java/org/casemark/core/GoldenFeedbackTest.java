package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden feedback: what a learner reads for a dozen write-ups across the score bands, kept as reviewed files
 * ({@code samples/feedback/NAME.feedback.txt}, from {@code samples/case-studies/NAME.txt}). When the feedback changes,
 * the test shows the first lines that differ; regenerate with {@code mvn test -Dtest=GoldenFeedbackTest
 * -Dgolden.update=true} and review the diff in the commit.
 */
class GoldenFeedbackTest {
    private static final Path DIR = Path.of("samples/feedback");
    static final List<String> SAMPLES = List.of("complete-headed", "prose-no-vocabulary", "bold-run-in-headings",
            "lowercase-bullets", "question-and-answer", "numbered-generic-fixes", "vague-shift-generic-fixes",
            "partial-architecture-fix", "misconception-overfitting", "misconception-reward", "contrast-not-overfitting",
            "gaming-keyword-salad", "off-topic-remote-work");

    @TestFactory
    Stream<DynamicTest> feedbackMatchesTheReviewedFiles() {
        return SAMPLES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    private static void check(String name) throws IOException {
        String text = Files.readString(Path.of("samples/case-studies", name + ".txt"), StandardCharsets.UTF_8);
        String actual = render(SharedEngine.get().grade("gm-case-study", name, text));
        Path file = DIR.resolve(name + ".feedback.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIR);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.exists(file), file + " is missing: regenerate with -Dgolden.update=true");
        String expected = Files.readString(file, StandardCharsets.UTF_8);
        if (!expected.equals(actual)) fail(file + " differs (regenerate with -Dgolden.update=true and review):\n" + diff(expected, actual));
    }

    @org.junit.jupiter.api.Test
    void theReadmeShowsTheGoldenFeedbackAsItIs() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String golden = Files.readString(DIR.resolve("vague-shift-generic-fixes.feedback.txt"), StandardCharsets.UTF_8);
        assertTrue(readme.contains("```text\n" + golden + "```"), "README's feedback example differs from " + DIR
                + "/vague-shift-generic-fixes.feedback.txt: paste the file into the README");
    }

    /** What a learner reads: the overall feedback, then per component its score, feedback and quoted evidence. */
    static String render(GradeResult r) {
        StringBuilder out = new StringBuilder();
        out.append(r.status()).append(' ').append(r.total()).append('/').append(r.max()).append('\n');
        if (r.reviewReasons() != null) r.reviewReasons().forEach(x -> out.append("review: ").append(x).append('\n'));
        out.append(r.feedback()).append("\n\n");
        for (ComponentResult c : r.components()) {
            out.append(c.key()).append(' ').append(c.score()).append('/').append(c.max()).append(": ").append(c.feedback()).append('\n');
            for (Evidence e : c.evidence()) {
                out.append("  ").append(e.criterion()).append(": ").append(e.quote().replaceAll("\\s+", " ")).append('\n');
            }
        }
        return out.toString();
    }

    private static String diff(String expected, String actual) {
        String[] e = expected.split("\n", -1), a = actual.split("\n", -1);
        StringBuilder out = new StringBuilder();
        int shown = 0;
        for (int i = 0; i < Math.max(e.length, a.length) && shown < 6; i++) {
            String x = i < e.length ? e[i] : "", y = i < a.length ? a[i] : "";
            if (!x.equals(y)) {
                out.append("line ").append(i + 1).append("\n- ").append(x).append("\n+ ").append(y).append('\n');
                shown++;
            }
        }
        return out.toString();
    }
}
