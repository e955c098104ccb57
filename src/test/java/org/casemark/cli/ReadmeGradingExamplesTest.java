package org.casemark.cli;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs every {@code java -jar target/casemark.jar ...} line of the README's grading, calibration and benchmark
 * sections through {@link Main#run} and checks the exit code and the shape of what it prints. Lines marked
 * "needs the course devset" run only where the devset is present.
 */
class ReadmeGradingExamplesTest {
    private static final List<String> SECTIONS = List.of("## Grading case studies", "## Calibrating against your own marks", "## Benchmark");
    private static final Map<String, String> EXPECT = Map.of(
            "grade", "\"status\":\"graded\"",
            "explain", "concepts",
            "calibrate", "totals: QWK",
            "bench", "ratio grade/annotate",
            "train-sections", "example sentences");

    @TempDir
    Path tmp;

    static List<String> examples() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        List<String> lines = new ArrayList<>();
        for (String section : SECTIONS) {
            int from = readme.indexOf(section);
            assertTrue(from >= 0, "README has no section " + section);
            int to = readme.indexOf("\n## ", from + 3);
            String body = readme.substring(from, to < 0 ? readme.length() : to);
            Matcher block = Pattern.compile("```sh\\n(.*?)```", Pattern.DOTALL).matcher(body);
            while (block.find()) {
                for (String line : block.group(1).split("\\n")) {
                    if (line.startsWith("java -jar target/casemark.jar ")) lines.add(line);
                }
            }
        }
        return lines;
    }

    @org.junit.jupiter.api.Test
    void theReadmesExampleGradeShowsTheBundledRubricVersion() throws Exception {
        Matcher m = Pattern.compile("\"rubric_version\":\"([^\"]+)\"").matcher(Files.readString(Path.of("README.md")));
        assertTrue(m.find(), "README shows no rubric_version");
        assertEquals(org.casemark.SharedEngine.get().grader("gm-case-study").rubric().version(), m.group(1),
                "update the README's example grade after a rubric change");
    }

    @TestFactory
    Stream<DynamicTest> readmeExamplesRun() throws Exception {
        List<String> lines = examples();
        assertTrue(lines.size() >= 5, "README examples: " + lines);
        return lines.stream().map(line -> DynamicTest.dynamicTest(line, () -> run(line)));
    }

    private void run(String line) throws Exception {
        if (line.contains("needs the course devset") && !Files.exists(Path.of("../shared/devset/essays.jsonl"))) return;
        String command = line.replaceFirst("\\s+#.*$", "").substring("java -jar target/casemark.jar ".length());
        List<String> args = new ArrayList<>();
        Path output = null;
        Path model = null;
        String[] words = command.trim().split("\\s+");
        for (int k = 0; k < words.length; k++) {
            String a = words[k];
            if (a.contains("*")) {
                // the shell's glob, as a newcomer's shell would expand it
                Path dir = Path.of(a).getParent();
                var matcher = dir.getFileSystem().getPathMatcher("glob:" + a);
                try (Stream<Path> files = Files.list(dir)) {
                    files.filter(matcher::matches).map(Path::toString).sorted().forEach(args::add);
                }
                continue;
            }
            if (k > 0 && words[k - 1].equals("--out") && a.endsWith(".tsv")) {
                // written beside the committed model, then compared with it
                model = Path.of(a);
                a = tmp.resolve("model.tsv").toString();
            }
            if (a.equals("results.jsonl")) {
                output = tmp.resolve(a);
                a = output.toString();
            } else if (a.equals("gradebook.csv")) {
                a = tmp.resolve(a).toString();
            }
            args.add(a);
        }
        if (args.get(0).equals("bench")) args.addAll(List.of("--rounds", "1", "--warmup", "0"));
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(new String[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, code, line + "\nstderr: " + err);
        String text = output != null ? Files.readString(output) : printed;
        assertTrue(text.contains(EXPECT.get(args.get(0))), line + " printed:\n" + text);
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("Exception"), line + " stderr: " + err);
        if (model != null) {
            assertEquals(Files.readString(model), Files.readString(tmp.resolve("model.tsv")),
                    line + ": the committed model is what this command writes");
        }
        if (line.contains("gradebook.csv")) {
            List<String> rows = Files.readAllLines(tmp.resolve("gradebook.csv"));
            assertTrue(rows.get(0).startsWith("id,status,total,max,system,aligned_goal,proxy_goal"), rows.get(0));
            assertEquals(Files.readAllLines(output).size() + 1, rows.size());
        }
    }
}
