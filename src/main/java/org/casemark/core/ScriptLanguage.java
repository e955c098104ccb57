package org.casemark.core;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * A text's language from its writing system, for texts that are not mostly in Latin letters: the script most of
 * its letters are in, then (where one script serves several languages) the letters only one of them uses. Returns
 * null for a text mostly in Latin letters (or with no letters), which the stop-word profiles then decide.
 */
final class ScriptLanguage {
    /** The language a script's text is taken to be in when no distinctive letter says otherwise. */
    private static final Map<UnicodeScript, String> DEFAULT = new EnumMap<>(UnicodeScript.class);

    static {
        DEFAULT.put(UnicodeScript.ARABIC, "ar");
        DEFAULT.put(UnicodeScript.CYRILLIC, "ru");
        DEFAULT.put(UnicodeScript.GREEK, "el");
        DEFAULT.put(UnicodeScript.HEBREW, "he");
        DEFAULT.put(UnicodeScript.HAN, "zh");
        DEFAULT.put(UnicodeScript.HIRAGANA, "ja");
        DEFAULT.put(UnicodeScript.KATAKANA, "ja");
        DEFAULT.put(UnicodeScript.HANGUL, "ko");
        DEFAULT.put(UnicodeScript.DEVANAGARI, "hi");
        DEFAULT.put(UnicodeScript.BENGALI, "bn");
        DEFAULT.put(UnicodeScript.GURMUKHI, "pa");
        DEFAULT.put(UnicodeScript.GUJARATI, "gu");
        DEFAULT.put(UnicodeScript.TAMIL, "ta");
        DEFAULT.put(UnicodeScript.TELUGU, "te");
        DEFAULT.put(UnicodeScript.KANNADA, "kn");
        DEFAULT.put(UnicodeScript.MALAYALAM, "ml");
        DEFAULT.put(UnicodeScript.SINHALA, "si");
        DEFAULT.put(UnicodeScript.THAI, "th");
        DEFAULT.put(UnicodeScript.LAO, "lo");
        DEFAULT.put(UnicodeScript.KHMER, "km");
        DEFAULT.put(UnicodeScript.MYANMAR, "my");
        DEFAULT.put(UnicodeScript.GEORGIAN, "ka");
        DEFAULT.put(UnicodeScript.ARMENIAN, "hy");
        DEFAULT.put(UnicodeScript.ETHIOPIC, "am");
        DEFAULT.put(UnicodeScript.TIBETAN, "bo");
        DEFAULT.put(UnicodeScript.THAANA, "dv");
    }

    private ScriptLanguage() {
    }

    /** ISO 639-1 code (or "und" for a script none is known for), or null for a mostly Latin-script text. */
    static String of(String text) {
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int total = 0;
        for (int i = 0; i < text.length() && total < 5000; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) continue;
            letters.merge(UnicodeScript.of(cp), 1, Integer::sum);
            total++;
        }
        // Japanese writes one text in three scripts (kanji, hiragana, katakana), none of which need hold most of its
        // letters: they count together as its writing system, told apart from Chinese by the kana
        int japanese = letters.getOrDefault(UnicodeScript.HIRAGANA, 0) + letters.getOrDefault(UnicodeScript.KATAKANA, 0);
        // (a few kana in a Chinese text, a quoted brand name, do not make it Japanese: every Japanese sentence has them)
        boolean kana = japanese * 10 >= japanese + letters.getOrDefault(UnicodeScript.HAN, 0) && japanese > 0;
        if (kana) {
            letters.merge(UnicodeScript.HAN, japanese, Integer::sum);
            letters.remove(UnicodeScript.HIRAGANA);
            letters.remove(UnicodeScript.KATAKANA);
        }
        int latin = letters.getOrDefault(UnicodeScript.LATIN, 0);
        if (total == 0 || latin * 2 >= total) return null;
        UnicodeScript main = UnicodeScript.LATIN;
        for (Map.Entry<UnicodeScript, Integer> e : letters.entrySet()) {
            if (e.getKey() != UnicodeScript.LATIN && e.getValue() > letters.getOrDefault(main, 0)) main = e.getKey();
        }
        if (letters.get(main) * 2 < total) return null;   // no script holds most of the letters: let the words decide
        return switch (main) {
            case HAN -> kana ? "ja" : "zh";
            case ARABIC -> arabicScript(text);
            case CYRILLIC -> cyrillicScript(text);
            case DEVANAGARI -> devanagariScript(text);
            default -> DEFAULT.getOrDefault(main, "und");
        };
    }

    /** Persian and Urdu write letters Arabic does not use. */
    private static String arabicScript(String text) {
        if (hasAny(text, "ٹڈڑںےھ")) return "ur";
        if (hasAny(text, "پچژگی")) return "fa";
        return "ar";
    }

    /**
     * Kazakh, Kyrgyz, Mongolian, Ukrainian, Belarusian, Serbian and Macedonian write letters Russian does not use;
     * Bulgarian writes Russian's letters (less "ы" and "э") in words of its own, which its stop words tell.
     */
    private static String cyrillicScript(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (hasAny(lower, "әғқұһ")) return "kk";
        // "ө" and "ү" without Kazakh's own letters: Kyrgyz or Mongolian, told by their function words (and Kyrgyz's
        // "ң" where the words are even)
        if (hasAny(lower, "өү")) {
            boolean kyrgyz = more(lower, KYRGYZ, MONGOLIAN) || (hasAny(lower, "ң") && !more(lower, MONGOLIAN, KYRGYZ));
            return kyrgyz ? "ky" : "mn";
        }
        if (hasAny(lower, "ў")) return "be";
        if (hasAny(lower, "їєґ") || (hasAny(lower, "і") && !hasAny(lower, "ыэё"))) return "uk";
        if (hasAny(lower, "ђћџ")) return "sr";
        if (hasAny(lower, "ѓќѕ")) return "mk";
        if (hasAny(lower, "јљњ")) return "sr";
        return more(lower, BULGARIAN, RUSSIAN) ? "bg" : "ru";
    }

    /** Nepali and Hindi share the Devanagari letters; their stop words tell them apart. */
    private static String devanagariScript(String text) {
        return more(text, NEPALI, HINDI) ? "ne" : "hi";
    }

    private static final org.apache.lucene.analysis.CharArraySet BULGARIAN =
            org.apache.lucene.analysis.bg.BulgarianAnalyzer.getDefaultStopSet();
    private static final org.apache.lucene.analysis.CharArraySet RUSSIAN =
            org.apache.lucene.analysis.ru.RussianAnalyzer.getDefaultStopSet();
    private static final org.apache.lucene.analysis.CharArraySet NEPALI =
            org.apache.lucene.analysis.ne.NepaliAnalyzer.getDefaultStopSet();
    private static final org.apache.lucene.analysis.CharArraySet HINDI =
            org.apache.lucene.analysis.hi.HindiAnalyzer.getDefaultStopSet();
    /** Kyrgyz's and Mongolian's commonest function words (Lucene ships no stop set for either). */
    private static final org.apache.lucene.analysis.CharArraySet KYRGYZ = new org.apache.lucene.analysis.CharArraySet(
            java.util.List.of(("жана менен үчүн бул ал бир да деп болуп анын мен сен биз силер алар эмес эле дагы же "
                    + "бирок ошол ошондуктан андан кийин болгон турган керек").split(" ")), false);
    private static final org.apache.lucene.analysis.CharArraySet MONGOLIAN = new org.apache.lucene.analysis.CharArraySet(
            java.util.List.of(("нь энэ тэр бөгөөд байна байсан байгаа юм болон ба гэж гэх гэсэн бол ч л нэг их биш "
                    + "мөн тул учир маш бид та тэд би үед дээр доор").split(" ")), false);
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("[\\p{L}\\p{M}]+");

    /**
     * The text's words (the first 2,000) hold more of {@code a}'s stop words than of {@code b}'s, counting only words
     * that are in one set and not the other (what both languages write tells neither).
     */
    private static boolean more(String text, org.apache.lucene.analysis.CharArraySet a,
                                org.apache.lucene.analysis.CharArraySet b) {
        int inA = 0, inB = 0, words = 0;
        java.util.regex.Matcher m = WORD.matcher(text);
        while (m.find() && words++ < 2000) {
            String w = m.group().toLowerCase(java.util.Locale.ROOT);
            boolean ina = a.contains(w), inb = b.contains(w);
            if (ina && !inb) inA++;
            if (inb && !ina) inB++;
        }
        return inA > inB;
    }

    private static boolean hasAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) if (text.indexOf(letters.charAt(i)) >= 0) return true;
        return false;
    }
}
