package org.casemark.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every input format and file type of a batch, and the LMS layouts, read into items (no grading here). */
class BatchInputTest {
    static final String ESSAY = "The AI system is a warehouse robot trained to deliver boxes to the loading bay.";

    @TempDir
    Path tmp;

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static BatchInput of(String name, byte[] bytes) {
        return BatchInput.of(name, bytes, CsvColumns.defaults(), ZipLimits.defaults());
    }

    @Test
    void csvWithTheDefaultColumnsAndWithChosenOnes() {
        BatchInput in = of("class.csv", utf8("id,text,learner_id\n"
                + "a1,\"" + ESSAY + "\",L-1\n" + "a2,\"Line one,\nline two \"\"quoted\"\"\",\n"));
        assertEquals("csv", in.format());
        assertEquals(List.of("a1", "a2"), in.items().stream().map(BatchItem::externalId).toList());
        assertEquals("L-1", in.items().get(0).learnerId());
        assertEquals("a2", in.items().get(1).learnerId(), "no learner: the id stands for the learner");
        assertEquals("Line one,\nline two \"quoted\"", in.items().get(1).text());
        assertEquals("class.csv:3", in.items().get(1).source());

        BatchInput chosen = BatchInput.of("x.csv", utf8("Student,Answer\n-5,\"" + ESSAY + "\"\n"),
                new CsvColumns("Student", "Answer", "Student"), ZipLimits.defaults());
        assertEquals("-5", chosen.items().get(0).externalId(), "an id is kept exactly as written");
        BadInput missing = assertThrows(BadInput.class, () -> of("y.csv", utf8("Student,Answer\n1,x\n")));
        assertEquals("y.csv:1: no column 'id' (columns: Student, Answer; choose others with --id-column, "
                + "--text-column, --learner-column)", missing.getMessage());
    }

    @Test
    void jsonlLinesAndTheirErrors() {
        BatchInput in = of("essays.jsonl", utf8("{\"id\":\"e1\",\"learner_id\":\"s9\",\"text\":\"" + ESSAY
                + "\"}\n{not json\n{\"id\":\"e3\"}\n"));
        assertEquals(3, in.items().size());
        assertEquals("s9", in.items().get(0).learnerId());
        assertTrue(in.items().get(1).error().startsWith("essays.jsonl:2: not valid JSON"), in.items().get(1).error());
        assertEquals("essays.jsonl:3: missing \"text\" (a string)", in.items().get(2).error());
    }

    @Test
    void everyFileTypeInAFolderAndAnUnreadableOneIsReportedForItselfOnly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("class"));
        Files.writeString(dir.resolve("ana.txt"), "\uFEFF" + ESSAY);
        Files.writeString(dir.resolve("ben.md"), "## System\n\n" + ESSAY);
        Files.writeString(dir.resolve("cy.html"), "<html><head><title>Not this</title><style>p{}</style></head>"
                + "<body><p>" + ESSAY.replace("boxes", "boxes &amp; crates") + "</p><p>Second&nbsp;paragraph.</p></body></html>");
        Files.write(dir.resolve("dee.docx"), Documents.docx(List.of(ESSAY, "Its proxy goal is the light.")));
        Files.write(dir.resolve("eve.pdf"), Documents.pdf(List.of(ESSAY, "Its proxy goal is the light.")));
        Files.write(dir.resolve("fay.pdf"), utf8("%PDF-1.4 this is not really a PDF"));
        Files.write(dir.resolve("gus.doc"), new byte[]{1, 2, 3});
        Files.writeString(dir.resolve(".DS_Store"), "x");
        Files.createSymbolicLink(dir.resolve("hal.txt"), dir.resolve("ana.txt"));

        BatchInput in = BatchInput.read(dir, CsvColumns.defaults(), ZipLimits.defaults());
        assertEquals(Layout.FILES, in.layout());
        Map<String, BatchItem> byId = new LinkedHashMap<>();
        in.items().forEach(i -> byId.put(i.externalId(), i));
        assertEquals(List.of("ana", "ben", "cy", "dee", "eve", "fay", "gus"), List.copyOf(byId.keySet()));
        assertEquals(ESSAY, byId.get("ana").text(), "the byte-order mark is dropped");
        assertTrue(byId.get("ben").text().contains(ESSAY));
        assertEquals(ESSAY.replace("boxes", "boxes & crates") + "\nSecond\u00a0paragraph.".replace('\u00a0', ' '),
                byId.get("cy").text());
        assertTrue(byId.get("dee").text().contains(ESSAY) && byId.get("dee").text().contains("proxy goal is the light"),
                byId.get("dee").text());
        assertTrue(byId.get("eve").text().contains(ESSAY) && byId.get("eve").text().contains("proxy goal is the light"),
                byId.get("eve").text());
        assertTrue(byId.get("fay").error().startsWith(dir + "/fay.pdf: not a readable .pdf"), byId.get("fay").error());
        assertTrue(byId.get("gus").error().contains("gus.doc: a .doc file (Word 97-2003) is not supported"),
                byId.get("gus").error());
        for (String ok : List.of("ana", "ben", "cy", "dee", "eve")) assertNull(byId.get(ok).error(), ok);
        assertTrue(in.skipped().stream().anyMatch(s -> s.endsWith("hal.txt: skipped: a symbolic link")), in.skipped().toString());
        assertTrue(in.skipped().stream().anyMatch(s -> s.endsWith(".DS_Store: skipped: a hidden or system file")));
    }

    @Test
    void canvasDownloadSubmissions() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("smithjane_12345_678901_Case Study.docx", Documents.docx(List.of(ESSAY)));
        files.put("doejohn_LATE_23456_789012_essay.pdf", Documents.pdf(List.of(ESSAY)));
        files.put("leeann_34567_text.html", utf8("<p>" + ESSAY + "</p>"));
        files.put("leeann_34567_890123_notes.txt", utf8("More notes."));
        BatchInput in = of("submissions.zip", Documents.zip(files));
        assertEquals(Layout.CANVAS, in.layout());
        assertEquals("zip", in.format());
        assertEquals(List.of("23456", "34567", "12345"), in.items().stream().map(BatchItem::learnerId).toList());
        BatchItem lee = in.items().get(1);
        assertEquals("leeann", lee.learnerName());
        assertEquals("More notes.\n\n" + ESSAY, lee.text(), "one learner's files are one submission, in name order");
        assertEquals("submissions.zip!leeann_34567_890123_notes.txt, submissions.zip!leeann_34567_text.html",
                lee.source());
    }

    @Test
    void moodleDownloadAllSubmissionsFlatAndInFolders() throws Exception {
        Map<String, byte[]> flat = new LinkedHashMap<>();
        flat.put("Jane Smith_12345_assignsubmission_file_Case study.docx", Documents.docx(List.of(ESSAY)));
        flat.put("John Doe_23456_assignsubmission_onlinetext_onlinetext.html", utf8("<p>" + ESSAY + "</p>"));
        BatchInput in = of("moodle.zip", Documents.zip(flat));
        assertEquals(Layout.MOODLE, in.layout());
        assertEquals(List.of("12345", "23456"), in.items().stream().map(BatchItem::learnerId).toList());
        assertEquals("Jane Smith", in.items().get(0).learnerName());

        Map<String, byte[]> folders = new LinkedHashMap<>();
        folders.put("Jane Smith_12345_assignsubmission_file_/essay.pdf", Documents.pdf(List.of(ESSAY)));
        folders.put("Jane Smith_12345_assignsubmission_file_/broken.docx", utf8("not a docx"));
        folders.put("Ana Lima_34567_assignsubmission_file_/essay.md", utf8(ESSAY));
        BatchInput nested = of("moodle-folders.zip", Documents.zip(folders));
        assertEquals(Layout.MOODLE, nested.layout());
        assertEquals(List.of("34567", "12345"), nested.items().stream().map(BatchItem::learnerId).toList());
        assertTrue(nested.items().get(1).text().contains(ESSAY));
        assertTrue(nested.skipped().get(0).contains("broken.docx: not a readable .docx"), nested.skipped().toString());
    }

    @Test
    void zipSlipEntriesAndLinksAreSkippedAndNothingIsWritten() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("../../evil.txt", utf8(ESSAY));
        files.put("/etc/cron.d/evil.txt", utf8(ESSAY));
        files.put("C:\\Windows\\evil.txt", utf8(ESSAY));
        files.put("ok/../../evil.txt", utf8(ESSAY));
        files.put("good.txt", utf8(ESSAY));
        BatchInput in = of("slip.zip", Documents.zip(files));
        assertEquals(List.of("good"), in.items().stream().map(BatchItem::externalId).toList());
        assertEquals(4, in.skipped().size(), in.skipped().toString());
        assertTrue(in.skipped().stream().allMatch(s -> s.contains("skipped: a path that leaves the archive")
                || s.contains("skipped: an absolute path")), in.skipped().toString());
        assertTrue(!Files.exists(tmp.getParent().resolve("evil.txt")));
    }

    @Test
    void aZipBombIsRefusedQuicklyWithAClearMessage() throws Exception {
        byte[] zeros = new byte[1 << 20];
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("bomb.txt"));
            for (int i = 0; i < 256; i++) z.write(zeros);   // 256 MiB of zeros, about 250 KB compressed
            z.closeEntry();
        }
        byte[] bomb = out.toByteArray();
        assertTrue(bomb.length < 2 << 20, "compressed: " + bomb.length);
        long start = System.nanoTime();
        ZipRefused refused = assertThrows(ZipRefused.class, () -> of("bomb.zip", bomb));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("bomb.zip: refused: bomb.txt inflates more than 100 times its compressed size (a zip bomb?)",
                refused.getMessage());
        assertTrue(ms < 2_000, "refused in " + ms + " ms");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsInflated() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) files.put("f" + i + ".txt", utf8(ESSAY));
        ZipRefused refused = assertThrows(ZipRefused.class, () -> BatchInput.of("many.zip", Documents.zip(files),
                CsvColumns.defaults(), new ZipLimits(20, 1 << 20, 1 << 24, 100, 1 << 20)));
        assertEquals("many.zip: refused: the archive declares 30 entries; the limit is 20", refused.getMessage());
        ZipRefused total = assertThrows(ZipRefused.class, () -> BatchInput.of("big.zip", Documents.zip(files),
                CsvColumns.defaults(), new ZipLimits(100, 1000, 1000, 100, 1 << 20)));
        assertTrue(total.getMessage().startsWith("big.zip: refused: the archive inflates to more than 1000 bytes"),
                total.getMessage());
        assertThrows(ZipRefused.class, () -> of("not.zip", utf8("plain text")));
    }
}
