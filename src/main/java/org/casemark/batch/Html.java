package org.casemark.batch;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible text of an HTML submission (a Canvas or Moodle online-text entry): head, scripts and styles dropped,
 * block ends as line breaks, tags removed, character references decoded. Not a browser: enough for prose.
 */
final class Html {
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(head|script|style|title)\\b.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</(p|div|li|h[1-6]|tr|blockquote|pre)\\s*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern REFERENCE = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "\u2013", "mdash", "\u2014", "rsquo", "\u2019", "lsquo", "\u2018");

    private Html() {
    }

    static String text(String html) {
        String s = HIDDEN.matcher(html).replaceAll(" ");
        s = BREAK.matcher(s).replaceAll("\n");
        s = TAG.matcher(s).replaceAll("");
        Matcher m = REFERENCE.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip();
    }

    private static String decode(String ref, String whole) {
        try {
            if (ref.startsWith("#x") || ref.startsWith("#X")) return Character.toString(Integer.parseInt(ref.substring(2), 16));
            if (ref.startsWith("#")) return Character.toString(Integer.parseInt(ref.substring(1)));
        } catch (IllegalArgumentException e) {
            return whole;
        }
        return NAMED.getOrDefault(ref, whole);
    }
}
