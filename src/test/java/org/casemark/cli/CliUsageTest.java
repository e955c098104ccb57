package org.casemark.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line on picocli: --help and --version on every command, one-line usage errors naming the option. */
class CliUsageTest {
    static final List<String> COMMANDS = List.of("grade", "batch", "calibrate", "explain", "bench", "quiz", "serve",
            "keys", "webhooks");

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommandHasHelpAndVersion() {
        for (String c : COMMANDS) {
            Run help = run(c, "--help");
            assertEquals(0, help.code, c + ": " + help.err);
            assertTrue(help.out.startsWith("Usage: casemark " + c), c + ": " + help.out);
            Run version = run(c, "--version");
            assertEquals(0, version.code, c);
            assertTrue(version.out.startsWith("casemark 0.1.0"), version.out);
        }
        assertTrue(run("grade", "--help").out.contains("--threads=N"), "options are listed");
        assertEquals(0, run("help").code);
        assertEquals(2, run().code, "no command: the list, and exit 2");
    }

    @Test
    void usageErrorsAreOneLineNamingTheOption() {
        Run unknown = run("grade", "--rubric", "gm-case-study", "--colour");
        assertEquals(2, unknown.code);
        assertEquals("casemark grade: Unknown option: '--colour' (see: casemark grade --help)\n", unknown.err);
        Run missing = run("batch", "--input", "x.zip");
        assertEquals(2, missing.code);
        assertEquals("casemark batch: Missing required options: '--rubric=ID', '--out=DIR' (see: casemark batch --help)\n",
                missing.err);
        Run notANumber = run("grade", "--rubric", "gm-case-study", "--threads", "many", "a.txt");
        assertEquals(2, notANumber.code);
        assertTrue(notANumber.err.startsWith("casemark grade: Invalid value for option '--threads': 'many' is not an int"),
                notANumber.err);
        Run outOfRange = run("bench", "--rubric", "gm-case-study", "--input", "samples/bench/essays.jsonl", "--threads", "0");
        assertEquals(2, outOfRange.code);
        assertEquals("casemark bench: Invalid value for option '--threads': 0 is not in 1..256 (see: casemark bench --help)\n",
                outOfRange.err);
        Run folder = run("grade", "--rubric", "gm-case-study", "samples/case-studies");
        assertEquals(2, folder.code);
        assertEquals("casemark grade: samples/case-studies is a folder: grade a class with casemark batch --input "
                + "samples/case-studies\n", folder.err);
        Run bomb = run("batch", "--rubric", "no-such-rubric", "--input", "samples/batch/class.csv", "--out", "target/x");
        assertEquals(2, bomb.code);
        assertTrue(bomb.err.startsWith("casemark batch: unknown rubric 'no-such-rubric'"), bomb.err);
    }

    @Test
    void completionScriptForBashAndZsh() {
        Run completion = run("generate-completion");
        assertEquals(0, completion.code, completion.err);
        assertTrue(completion.out.contains("complete -F _complete_casemark"), "a bash completion function");
        for (String c : COMMANDS) assertTrue(completion.out.contains(c), c + " is completed");
        assertTrue(completion.out.contains("--rubric"), "and their options");
    }
}
