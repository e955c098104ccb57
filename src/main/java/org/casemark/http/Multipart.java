package org.casemark.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code multipart/form-data} body (RFC 7578), already read into memory by {@link BodyReader}, split into its
 * parts: each with its field name, file name (null for a plain field) and bytes. A body that does not parse is a 400.
 */
final class Multipart {
    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(?:\"([^\"]{1,70})\"|([^;\\s]{1,70}))");
    private static final Pattern NAME = Pattern.compile("(?i);\\s*name=\"([^\"]*)\"");
    private static final Pattern FILENAME = Pattern.compile("(?i);\\s*filename=\"([^\"]*)\"");

    record Part(String name, String fileName, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private Multipart() {
    }

    static boolean is(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    static List<Part> parse(String contentType, byte[] body) {
        Matcher b = BOUNDARY.matcher(contentType);
        if (!b.find()) throw Problem.badRequest("multipart/form-data without a boundary");
        byte[] delimiter = ("--" + (b.group(1) != null ? b.group(1) : b.group(2))).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int at = indexOf(body, delimiter, 0);
        if (at < 0) throw Problem.badRequest("the multipart body has no part");
        while (true) {
            int after = at + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') return parts;   // the end
            int headersStart = skipLineBreak(body, after);
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) throw Problem.badRequest("a multipart part has no end of headers");
            String headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, crlf(delimiter), contentStart);
            if (next < 0) throw Problem.badRequest("the multipart body ends inside a part");
            String disposition = headers.lines().filter(l -> l.regionMatches(true, 0, "Content-Disposition:", 0, 20))
                    .findFirst().orElse("");
            Matcher name = NAME.matcher(disposition), file = FILENAME.matcher(disposition);
            if (name.find()) {
                byte[] content = java.util.Arrays.copyOfRange(body, contentStart, next);
                parts.add(new Part(name.group(1), file.find() ? file.group(1) : null, content));
            }
            at = next + 2;
        }
    }

    private static byte[] crlf(byte[] delimiter) {
        byte[] out = new byte[delimiter.length + 2];
        out[0] = '\r';
        out[1] = '\n';
        System.arraycopy(delimiter, 0, out, 2, delimiter.length);
        return out;
    }

    private static int skipLineBreak(byte[] body, int i) {
        if (i + 1 < body.length && body[i] == '\r' && body[i + 1] == '\n') return i + 2;
        throw Problem.badRequest("a multipart delimiter is not followed by a line break");
    }

    static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (haystack[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
