package org.casemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the worked examples of the README's "## Quiz" section: a {@code json answers.json} block is written to a
 * file, a {@code sh example} block is one command (optionally {@code cmd | cmd}) run through {@link Main#run}, and the
 * next {@code json output} (exit 0) or {@code text stderr} (exit 2) block must be exactly what it prints.
 */
class ReadmeQuizExamplesTest {

    private static final String JAR = "java -jar target/casemark.jar ";
    private static final Pattern BLOCK = Pattern.compile("(?ms)^```(\\S+)(?: (\\S+))?\\n(.*?)^```$");

    @TempDir
    Path tmp;

    @Test
    void everyWorkedExampleOfTheQuizSectionPrintsWhatTheReadmeShows() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## Quiz\n");
        assertTrue(start >= 0, "README has a ## Quiz section");
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);

        Matcher m = BLOCK.matcher(section);
        String pending = null;
        int examples = 0;
        Set<String> kindsShown = new HashSet<>();
        while (m.find()) {
            String tag = m.group(2) == null ? "" : m.group(2);
            String body = m.group(3);
            if (tag.equals("answers.json")) {
                Files.writeString(tmp.resolve("answers.json"), body);
            } else if (tag.equals("example")) {
                assertTrue(pending == null, "example without an output block: " + pending);
                pending = body.strip();
            } else if (tag.equals("output") || tag.equals("stderr")) {
                assertTrue(pending != null, "output block without an example: " + body);
                Run run = runPipeline(pending);
                if (tag.equals("output")) {
                    assertEquals(0, run.code, pending + "\n" + run.err);
                    assertEquals(body, run.out, pending);
                    Matcher kinds = Pattern.compile("\"kind\": \"(\\w+)\"").matcher(run.out);
                    while (kinds.find()) kindsShown.add(kinds.group(1));
                } else {
                    assertEquals(2, run.code, pending);
                    assertEquals(body, run.err, pending);
                }
                examples++;
                pending = null;
            }
        }
        assertTrue(pending == null, "example without an output block: " + pending);
        assertTrue(examples >= 6, "worked examples: " + examples);
        assertEquals(Set.of("single_choice", "multi_select", "matching", "classification"), kindsShown);
    }

    private record Run(int code, String out, String err) {
    }

    private Run runPipeline(String line) {
        InputStream stdin = System.in;
        try {
            byte[] input = new byte[0];
            Run run = null;
            for (String command : line.split(" \\| ")) {
                assertTrue(command.startsWith(JAR), "example runs casemark: " + command);
                List<String> args = new ArrayList<>(Arrays.asList(command.substring(JAR.length()).trim().split("\\s+")));
                args.replaceAll(a -> a.equals("answers.json") ? tmp.resolve("answers.json").toString() : a);
                System.setIn(new ByteArrayInputStream(input));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                int code = Main.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8));
                run = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
                input = out.toByteArray();
            }
            return run;
        } finally {
            System.setIn(stdin);
        }
    }
}
