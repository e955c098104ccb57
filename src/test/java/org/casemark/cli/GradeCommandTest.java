package org.casemark.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grade command end to end: bad lines become rejected output lines, the run goes on, the exit code tells. */
class GradeCommandTest {
    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badLinesAreRejectedAndTheRunGoesOn() throws Exception {
        Path in = tmp.resolve("in.jsonl");
        byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', 'x', '"', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'};
        Files.write(in, List.of(
                "{\"id\":\"ok\",\"text\":\"The robot was trained in a simulator where the coin was always on the right.\"}",
                "",
                "{not json",
                "{\"id\":\"blank\",\"text\":\"   \"}",
                "{\"id\":\"notext\"}"));
        Files.write(in, bad, java.nio.file.StandardOpenOption.APPEND);
        Path outFile = tmp.resolve("out.jsonl");
        Run r = run("grade", "--rubric", "gm-case-study", "--input", in.toString(), "--output", outFile.toString(), "--quiet");
        assertEquals(1, r.code(), r.err());
        List<String> lines = Files.readAllLines(outFile);
        assertEquals(6, lines.size());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertEquals("graded", first.get("status").asText());
        for (int i = 1; i < 6; i++) {
            JsonNode n = Json.MAPPER.readTree(lines.get(i));
            assertEquals("rejected", n.get("status").asText(), lines.get(i));
            assertFalse(n.get("error").asText().isBlank());
        }
        assertTrue(lines.get(2).contains("in.jsonl:3: not valid JSON"), lines.get(2));
        assertTrue(lines.get(5).contains("not valid UTF-8"), lines.get(5));
        assertTrue(r.err().contains("rejected: " + in + ":2: blank line"), r.err());
        assertTrue(lines.get(3).contains("in.jsonl:4: text is blank"), "grader rejections name file and line: " + lines.get(3));
        assertFalse(Files.exists(tmp.resolve("out.jsonl.partial")));
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsIgnored() throws Exception {
        Path in = tmp.resolve("bom.jsonl");
        Files.writeString(in, "\uFEFF{\"id\":\"a\",\"text\":\"The robot was trained in a simulator where the coin was always on the right.\"}\n");
        Run r = run("grade", "--rubric", "gm-case-study", "--input", in.toString(), "--quiet");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("\"status\":\"graded\""), r.out());
    }

    @Test
    void calibrationLabelsAreChecked() throws Exception {
        Path in = tmp.resolve("labels.jsonl");
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"The robot was trained.\",\"labels\":{\"sytem\":1}}\n");
        Run unknown = run("calibrate", "--rubric", "gm-case-study", "--input", in.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("labels.jsonl:1: unknown label 'sytem'"), unknown.err());
        Files.writeString(in, "{\"id\":\"a\",\"text\":\"x y z\",\"labels\":{\"system\":3,\"aligned_goal\":0,\"proxy_goal\":0,"
                + "\"distribution_shift\":0,\"fix_training\":0,\"fix_evaluation\":0}}\n");
        Run range = run("calibrate", "--rubric", "gm-case-study", "--input", in.toString());
        assertEquals(2, range.code());
        assertTrue(range.err().contains("labels.system must be a whole number in 0..2, was 3"), range.err());
    }

    @Test
    void missingFilesAndUnknownRubricsAreOneLineErrors() {
        Run missing = run("grade", "--rubric", "gm-case-study", "--input", tmp.resolve("nope.jsonl").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.jsonl: no such file"), missing.err());
        assertEquals(1, missing.err().strip().lines().count());
        Path f = tmp.resolve("a.txt");
        Run unknown = run("grade", "--rubric", "no-such", "samples/case-studies/complete-headed.txt");
        assertEquals(2, unknown.code(), unknown.err());
        assertTrue(unknown.err().contains("unknown rubric 'no-such'"), unknown.err());
        assertFalse(unknown.err().contains("\tat "), "no stack trace");
    }

    @Test
    void outputIsTheSameForOneThreadAndMany() throws Exception {
        String[] base = {"grade", "--rubric", "gm-case-study", "--input", "samples/labeled-essays.jsonl", "--quiet"};
        Run one = run(concat(base, "--threads", "1"));
        Run many = run(concat(base, "--threads", "4"));
        assertEquals(0, one.code(), one.err());
        assertEquals(one.out(), many.out());
        assertEquals(java.nio.file.Files.readAllLines(java.nio.file.Path.of("samples/labeled-essays.jsonl")).size(), one.out().lines().count());
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
