package org.casemark.http;

import org.casemark.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the README's "Grading a class (instructors)" section as written: each {@code batch} command through
 * {@link Main#run} (its {@code --out} in a temporary folder; the first one twice, the second run grading nothing),
 * the summary block checked against what the first printed, the files of the table written, and the curl lines
 * against a started server.
 */
class ReadmeBatchTest {
    static final String JAR = "java -jar target/casemark.jar ";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    @Test
    void theInstructorsPathRunsAsWritten() throws Exception {
        String section = section(Files.readString(Path.of("README.md")), "## Grading a class (instructors)");
        List<String> sh = new ArrayList<>();
        Matcher blocks = Pattern.compile("```(sh|text)\n(.*?)```", Pattern.DOTALL).matcher(section);
        String summary = null;
        while (blocks.find()) {
            if (blocks.group(1).equals("text")) summary = blocks.group(2);
            else sh.addAll(List.of(blocks.group(2).replace("\\\n", " ").split("\n")));
        }
        List<String> commands = sh.stream().filter(l -> l.startsWith(JAR)).toList();
        assertEquals(2, commands.size(), commands.toString());

        Run first = batch(commands.get(0));
        assertEquals(1, first.code, "the .pages file is rejected: " + first.err);
        for (String line : summary.strip().split("\n")) {
            for (String part : line.split("\\.\\.\\.")) {
                assertTrue(first.out.contains(part.strip()), "the README's summary shows '" + part.strip()
                        + "', the command printed:\n" + first.out);
            }
        }
        for (String file : List.of("results.jsonl", "results.csv", "canvas-gradebook.csv", "moodle-grading-worksheet.csv",
                "report.json")) {
            assertTrue(section.contains("`" + file + "`") && Files.exists(tmp.resolve("grades").resolve(file)), file);
        }
        Run again = batch(commands.get(0));
        assertEquals(1, again.code);
        assertTrue(again.err.contains("was handed over before (same content): 6 of 6 already done"), again.err);
        Run csv = batch(commands.get(1));
        assertEquals(0, csv.code, csv.err);
        assertTrue(csv.out.contains("4 submissions: 4 graded"), csv.out);

        try (TestServer s = TestServer.start(tmp.resolve("data")).ready()) {
            Map<String, String> vars = new HashMap<>(Map.of("CASEMARK_KEY", s.key("school")));
            List<ReadmeHttpTest.Curl> curls = sh.stream().map(String::strip).filter(ReadmeHttpTest::isCurl)
                    .map(ReadmeHttpTest::parse).toList();
            assertEquals(6, curls.size());
            for (ReadmeHttpTest.Curl c : curls) {
                TestServer.Response r = ReadmeHttpTest.run(s, c, vars);
                if (c.line().contains("/events")) {
                    assertTrue(r.body().contains("event: done"), "the stream ends with done: " + r.body());
                }
                if (c.line().contains("format=canvas")) {
                    assertTrue(r.body().contains("\"smithjane\",\"12345\""), r.body());
                }
            }
        }
    }

    private Run batch(String line) {
        String command = line.substring(JAR.length()).replaceAll("\\s+#.*$", "").strip();
        List<String> args = new ArrayList<>();
        String[] words = command.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            args.add(words[i]);
            if (words[i].equals("--out")) args.add(tmp.resolve(words[++i]).toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String section(String readme, String heading) {
        int start = readme.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README has a section " + heading);
        int end = readme.indexOf("\n## ", start + 5);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }
}
