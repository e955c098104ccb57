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
            default -> DEFAULT.getOrDefault(main, "und");
        };
    }

    /** Persian and Urdu write letters Arabic does not use. */
    private static String arabicScript(String text) {
        if (hasAny(text, "ٹڈڑںےھ")) return "ur";
        if (hasAny(text, "پچژگی")) return "fa";
        return "ar";
    }

    /** Ukrainian, Belarusian, Serbian, Macedonian and Kazakh write letters Russian does not use. */
    private static String cyrillicScript(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (hasAny(lower, "әғқңөұүһ")) return "kk";
        if (hasAny(lower, "ў")) return "be";
        if (hasAny(lower, "їєґ") || (hasAny(lower, "і") && !hasAny(lower, "ыэё"))) return "uk";
        if (hasAny(lower, "ђћџ")) return "sr";
        if (hasAny(lower, "ѓќѕ")) return "mk";
        if (hasAny(lower, "јљњ")) return "sr";
        return "ru";
    }

    private static boolean hasAny(String text, String letters) {
        for (int i = 0; i < letters.length(); i++) if (text.indexOf(letters.charAt(i)) >= 0) return true;
        return false;
    }
}
