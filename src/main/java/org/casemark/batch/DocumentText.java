package org.casemark.batch;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The text of one submitted file, by its extension: .txt and .md as UTF-8 (a byte-order mark dropped), .html as its
 * visible text, .docx through Apache POI, .pdf through Apache PDFBox. Anything else, or a file that cannot be
 * read, is {@link Unreadable} with the reason in words.
 */
public final class DocumentText {
    public static final List<String> SUPPORTED = List.of("txt", "md", "markdown", "html", "htm", "docx", "pdf");

    private DocumentText() {
    }

    /** True for a file name with a supported extension. */
    public static boolean supported(String name) {
        return SUPPORTED.contains(extension(name));
    }

    static String extension(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        return dot <= 0 ? "" : base.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String text(String name, byte[] bytes) throws Unreadable {
        String ext = extension(name);
        return switch (ext) {
            case "txt", "md", "markdown" -> utf8(bytes);
            case "html", "htm" -> Html.text(utf8(bytes));
            case "docx" -> docx(bytes);
            case "pdf" -> pdf(bytes);
            case "doc" -> throw new Unreadable("a .doc file (Word 97-2003) is not supported: save it as .docx or .pdf");
            default -> throw new Unreadable("unsupported file type" + (ext.isEmpty() ? "" : " ." + ext)
                    + " (supported: .txt, .md, .html, .docx, .pdf)");
        };
    }

    /** Strict UTF-8; a leading byte-order mark (as spreadsheet exports and Notepad write) is dropped. */
    public static String utf8(byte[] bytes) throws Unreadable {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (CharacterCodingException e) {
            throw new Unreadable("not valid UTF-8");
        }
    }

    private static String docx(byte[] bytes) throws Unreadable {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            return extractor.getText();
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a readable .docx (" + firstLine(e) + ")");
        }
    }

    private static String pdf(byte[] bytes) throws Unreadable {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new Unreadable("the PDF is password-protected");
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("not a readable .pdf (" + firstLine(e) + ")");
        }
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse("").strip();
    }
}
