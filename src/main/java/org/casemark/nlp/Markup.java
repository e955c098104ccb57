package org.casemark.nlp;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Blanks out markup (HTML tags and entities, markdown emphasis, table pipes, heading hashes, list bullets, code
 * fences) with spaces, keeping every other character where it was, so offsets in the cleaned text are offsets in
 * the submitted one. Block-level HTML tags become a newline so that paragraphs stay separate.
 */
public final class Markup {
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "(?i)</?(p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|pre)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^<>]{0,200}>");
    private static final Pattern ENTITY = Pattern.compile("&(#\\d{1,6}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern MD = Pattern.compile("(\\*{1,3}|_{2,3}|`{1,3}|~~)");
    private static final Pattern LINE_PREFIX = Pattern.compile("(?m)^[ \\t]*(#{1,6}[ \\t]|>[ \\t]?|[-*+•][ \\t]|\\|)");
    private static final Pattern PIPE = Pattern.compile("\\|");
    /** An underscore inside a name written in code ("pane_seated_in_empty_opening"). */
    private static final Pattern SNAKE = Pattern.compile("(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])");
    /**
     * A timestamp that opens a line of a transcript or a chat export before a speaker's name ("[03:25] DANA:", "14:03
     * Sam:", "[12/03/2024, 21:14] Kemi:", "12/03/2024, 9:14 pm - Kemi:", "[Tue 21:06] Tom:"), with its day, date and
     * dash.
     */
    private static final Pattern TIMESTAMP = Pattern.compile(
            "(?m)^[ \\t]*[\\[(]?(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?[ \\t]+)?"
            + "(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{2,4},?[ \\t]+)?\\d{1,2}:\\d{2}(?::\\d{2})?"
            + "(?:[ \\t]?[AaPp]\\.?[Mm]\\.?)?[\\])]?(?:[ \\t]+[-\\u2013\\u2014])?(?=[ \\t]+\\p{Lu}[\\p{L}.' -]{0,30}:)");
    /**
     * The leading places of a web page's breadcrumb, a line of its own that opens with a path of short names
     * ("BoxingForumz > Gear & Tech > punchpal smart bag - anyone else's go weird??", "Help Centre › Auto-Cull ›
     * Troubleshooting"): the site and its sections, not the post's subject, which the last place names. A menu path
     * in an instruction ("Go to Settings > Display > Language and choose ...") is no breadcrumb.
     */
    private static final Pattern BREADCRUMB = Pattern.compile("(?m)^[ \\t]*(?!(?i:go|open|click|select|choose|tap|"
            + "navigate|in|under|via|see|use|visit|find|turn|set)\\b)(?:(?:[^\\s>\\u203a\\u00bb.!?]+[ \\t]+){0,3}"
            + "[^\\s>\\u203a\\u00bb.!?]+[ \\t]+[>\\u203a\\u00bb][ \\t]+){2,}");
    /** The line of {@code text} from {@code lineFrom} to {@code lineTo} opens with a breadcrumb's path. */
    public static boolean breadcrumb(String text, int lineFrom, int lineTo) {
        return BREADCRUMB.matcher(text).region(lineFrom, lineTo).lookingAt();
    }

    /** "GM != overfitting", "=/=": a not-equals sign, not the end of a sentence. */
    private static final Pattern NOT_EQUAL = Pattern.compile("!=|=/=");
    private static final Pattern TABLE_RULE = Pattern.compile("(?m)^[ \\t|:-]*-{3,}[ \\t|:-]*$");

    private Markup() {
    }

    public static String blank(String text) {
        char[] out = text.toCharArray();
        blockTags(text, out);
        fill(TAG, text, out, ' ');
        entities(text, out);
        fill(TABLE_RULE, text, out, ' ');
        fill(LINE_PREFIX, text, out, ' ');
        fill(MD, text, out, ' ');
        // "position_above(last_installed_pane)": the words of a snake_case name, as words
        fill(SNAKE, text, out, ' ');
        // "[03:25] DANA: Fixes.", "[12/03/2024, 21:14] Kemi: ...": a transcript's or a chat export's timestamp opens
        // the line before its speaker, and says nothing
        fill(TIMESTAMP, text, out, ' ');
        fill(BREADCRUMB, text, out, ' ');
        Matcher ne = NOT_EQUAL.matcher(text);
        while (ne.find()) {
            for (int i = ne.start(); i < ne.end(); i++) out[i] = ' ';
            out[ne.start()] = '\u2260';
        }
        // a table cell boundary ends a sentence-like unit
        Matcher m = PIPE.matcher(text);
        while (m.find()) out[m.start()] = '\n';
        return new String(out);
    }

    private static void blockTags(String text, char[] out) {
        Matcher m = BLOCK_TAG.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
            out[m.start()] = '\n';
        }
    }

    private static void entities(String text, char[] out) {
        Matcher m = ENTITY.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            char replacement = switch (name) {
                case "quot" -> '"';
                case "amp" -> '&';
                case "apos", "#39" -> '\'';
                case "rarr" -> '>';
                default -> ' ';
            };
            for (int i = m.start(); i < m.end(); i++) out[i] = ' ';
            out[m.start()] = replacement;
        }
    }

    private static void fill(Pattern p, String text, char[] out, char c) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                if (out[i] != '\n') out[i] = c;
            }
        }
    }
}
