package org.casemark.cli;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress: a bar redrawn in place on a terminal, plain lines for a log, the three outcomes counted apart. */
class ProgressTest {
    static String run(boolean terminal, int total, int before, List<String> statuses) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Progress p = new Progress(err, total, before, false, terminal);
        statuses.forEach(p::step);
        p.finish();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void plainLinesForALogCountEachOutcome() {
        String out = run(false, 4, 0, List.of("graded", "needs_review", "rejected", "graded"));
        List<String> lines = out.lines().toList();
        assertEquals(4, lines.size(), out);
        assertTrue(lines.get(3).startsWith("4/4 (graded 2, needs review 1, rejected 1; "), lines.get(3));
        assertTrue(lines.get(3).contains("/s, ETA 0:00)"), lines.get(3));
    }

    @Test
    void aBarOnATerminalRedrawnInPlace() {
        String out = run(true, 2, 0, List.of("graded", "graded"));
        assertTrue(out.startsWith("\r[############............] 1/2"), out);
        assertTrue(out.contains("\r[########################] 2/2"), out);
        assertTrue(out.contains("graded 2, needs review 0, rejected 0"), out);
        assertTrue(out.endsWith("\n"), "the bar's line is ended");
    }

    @Test
    void aResumedRunStartsFromWhatWasDone() {
        String out = run(false, 100, 90, java.util.Collections.nCopies(10, "graded"));
        assertEquals(1, out.lines().count(), "a line per tenth of the run: " + out);
        assertTrue(out.startsWith("100/100 (graded 10,"), out);
    }
}
