package org.casemark.core;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.analysis.ca.CatalanAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.eu.BasqueAnalyzer;
import org.apache.lucene.analysis.ga.IrishAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.no.NorwegianAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.tr.TurkishAnalyzer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language. First its writing system: a text whose letters are mostly of one script other than
 * Latin (Arabic, Cyrillic, Greek, Hebrew, Han, Hangul, kana, Devanagari, Thai, ...) is in that script's language
 * ({@link ScriptLanguage}). A Latin-script text is compared with stop-word profiles (the stop sets Lucene ships):
 * the language whose stop words cover the largest share of the text's words. English's set is small, so it is
 * extended with the commonest English function words before comparing; Hindi typed in Latin letters, Tagalog,
 * Welsh, Icelandic, Polish and Slovak have profiles of their own. Cheap, and decided before any grading.
 */
public final class LanguageGuess {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Map<String, CharArraySet> PROFILES = new LinkedHashMap<>();

    static {
        CharArraySet en = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : ("i me my we our you your he him his she her its they them their what which who whom this "
                + "those am was were been being have has had having do does did doing would should could can "
                + "from up down out over under again then once here there when where why how all any both each "
                + "few more most other some so than too very just because about against between into through "
                + "during before after above below off while").split(" ")) en.add(w);
        PROFILES.put("en", en);
        PROFILES.put("fr", FrenchAnalyzer.getDefaultStopSet());
        PROFILES.put("es", SpanishAnalyzer.getDefaultStopSet());
        PROFILES.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        PROFILES.put("de", GermanAnalyzer.getDefaultStopSet());
        PROFILES.put("it", ItalianAnalyzer.getDefaultStopSet());
        PROFILES.put("nl", DutchAnalyzer.getDefaultStopSet());
        PROFILES.put("sv", SwedishAnalyzer.getDefaultStopSet());
        PROFILES.put("da", DanishAnalyzer.getDefaultStopSet());
        PROFILES.put("no", NorwegianAnalyzer.getDefaultStopSet());
        PROFILES.put("fi", FinnishAnalyzer.getDefaultStopSet());
        PROFILES.put("et", EstonianAnalyzer.getDefaultStopSet());
        PROFILES.put("hu", HungarianAnalyzer.getDefaultStopSet());
        PROFILES.put("tr", TurkishAnalyzer.getDefaultStopSet());
        PROFILES.put("ro", RomanianAnalyzer.getDefaultStopSet());
        PROFILES.put("cs", CzechAnalyzer.getDefaultStopSet());
        PROFILES.put("ca", CatalanAnalyzer.getDefaultStopSet());
        PROFILES.put("id", IndonesianAnalyzer.getDefaultStopSet());
        // Irish, Latvian, Lithuanian and Basque, whose stop sets Lucene ships too: without them an Irish text passed as
        // English on the words it shares ("a", "an", "is") and was then read as words no English lexicon knows
        PROFILES.put("ga", IrishAnalyzer.getDefaultStopSet());
        PROFILES.put("lv", LatvianAnalyzer.getDefaultStopSet());
        PROFILES.put("lt", LithuanianAnalyzer.getDefaultStopSet());
        PROFILES.put("eu", BasqueAnalyzer.getDefaultStopSet());
        // Hindi typed in Latin letters ("Training ke liye ek farm ka footage use hua"): Lucene ships no stop set for
        // it, so its commonest function words, leaving out those that are English words too ("the", "to", "us")
        PROFILES.put("hi", new CharArraySet(java.util.List.of(("hai hain ka ki ke ko se mein me pe aur nahi nahin toh "
                + "bhi jo ye yeh wo woh tha thi kya koi kuch ek jab tab jaise hota hoti karta karti karte kar raha rahi "
                + "rahe diya liya gaya mujhe maine hum tum aap uska uske unka iska isme jisme kyunki lekin agar phir "
                + "sab abhi wala wali waale jaata jaati saath liye").split(" ")), true));
        // Welsh and Icelandic: Lucene ships no stop set for them, so their commonest function words, leaving out
        // those that are English words too ("a", "i", "am", "at", "hi")
        PROFILES.put("cy", new CharArraySet(java.util.List.of(("y yr ac ar yn mae roedd ei eu fy dy ein eich fe fo "
                + "nhw chi mi hefyd ond neu os pan fel gyda wrth heb dros drwy rhwng ydy yw oedd bod wedi bydd fydd "
                + "sydd nad nid na ddim hwn hon hyn hynny beth pwy sut pam lle yno yma oherwydd achos felly iawn")
                .split(" ")), true));
        PROFILES.put("is", new CharArraySet(java.util.List.of(("og í á að er það sem var við ekki til um með fyrir "
                + "af eru hann hún þeir þær þau ég þú þið sig sér hans hennar þess þetta þessi þessu hvað hver "
                + "hvernig þegar ef eða líka bara mjög allt allir öll einn eitt ein hafa hefur hafði verið vera voru "
                + "verður mun myndi gæti skal eftir áður frá upp niður út inn yfir undir milli").split(" ")), true));
        // Polish: Lucene's stop set ships in a module of its own (stempel), so its commonest function words, leaving
        // out those that are English words too ("i", "to", "a", "on", "do") and reading "się", "że", "jest" as its own
        PROFILES.put("pl", new CharArraySet(java.util.List.of(("w z na nie się że jest jak ale co za po tak od przez "
                + "dla czy przy jego jej ich być był była było były są tylko już jeszcze może bardzo tym ten ta te "
                + "który która które którzy gdy kiedy bo lub oraz aby więc także też tego tej tych sobie mnie nas "
                + "was ze we ani gdzie dlaczego zawsze nigdy tylko każdy wszystko wszystkie został została zostało "
                + "można trzeba żeby jednak bez pod nad między").split(" ")), true));
        // Slovak: Lucene ships no stop set for it, and Czech's shares many of its words ("a", "na", "je", "že"), so
        // its commonest function words, its own forms among them ("sa", "sú", "som", "alebo", "ktorý", "keď", "pre",
        // "aj"); after Czech, so a tie on the shared words stays Czech
        PROFILES.put("sk", new CharArraySet(java.util.List.of(("a v vo na je sa si som sme ste sú bol bola bolo boli "
                + "byť by aby že to toto tento táto tieto ten tá aj ale alebo ako tak už však len iba preto pretože "
                + "keď ak čo kto kde ktorý ktorá ktoré ktorí ktorého ich jeho jej do od z zo s so k ku o po pri pre "
                + "za pod nad medzi cez bez nie ani ešte tiež môže veľmi všetko všetky nič").split(" ")), true));
        // Tagalog, often mixed with English ("yung AI na yung nagsasabi sa driver"): its commonest function words,
        // leaving out those that are English words too ("at", "may", "din")
        PROFILES.put("tl", new CharArraySet(java.util.List.of(("ang ng mga sa na yung iyong nang ay si ni kay ko mo "
                + "niya namin natin nila ito iyan iyon dito diyan doon hindi rin lang naman pa po kasi kung pero tapos "
                + "dahil para mayroon meron wala siya sila kami tayo kayo ako ikaw ka talaga lahat ba daw raw").split(" ")),
                true));
    }

    /**
     * Each profile's words, merged: a word to the indexes (in {@link #PROFILES}' order) of the profiles that hold it, so
     * a text's word is looked up once, not once per profile. The profiles are case-insensitive sets whose words are
     * stored in small letters, and the text's words are put in small letters before the lookup.
     */
    private static final Map<String, int[]> WORD_PROFILES = new java.util.HashMap<>();
    private static final String[] CODES;

    static {
        CODES = PROFILES.keySet().toArray(new String[0]);
        for (int p = 0; p < CODES.length; p++) {
            for (Object w : PROFILES.get(CODES[p])) {
                String word = new String((char[]) w).toLowerCase(Locale.ROOT);
                if (!PROFILES.get(CODES[p]).contains(word)) continue;
                int[] before = WORD_PROFILES.get(word);
                int[] now = before == null ? new int[1] : java.util.Arrays.copyOf(before, before.length + 1);
                now[now.length - 1] = p;
                if (before == null || before[before.length - 1] != p) WORD_PROFILES.put(word, now);
            }
        }
    }

    private LanguageGuess() {
    }

    /**
     * The code given to a text that is not English in a language no profile recognises: "und", the undetermined
     * language of ISO 639-2 and BCP 47.
     */
    public static final String UNDETERMINED = "und";

    /**
     * The least share of a text's words a profile's stop words must cover to name the text's language. In the 95
     * labelled non-English write-ups a profile of their own language covers 16-52% of their words; a Vietnamese or
     * Swahili text, which has no profile, matches a tenth of that by chance ("a", "e", "na", "ya"), and a
     * language named from so few words is a wrong name. (A short text in such a language may match no profile and
     * too few words to outnumber English's: it is read as English, as before.)
     */
    static final double MIN_SHARE = 0.10;

    /**
     * ISO 639-1 code of the likeliest language; "en" when a Latin-script text has too few words to tell;
     * {@link #UNDETERMINED} when another language's words clearly outnumber English ones but no profile covers
     * enough of the text to name it.
     */
    public static String of(String text) {
        String byScript = ScriptLanguage.of(text);
        if (byScript != null) return byScript;
        int[] counts = new int[CODES.length];
        int words = 0;
        Matcher m = WORD.matcher(text);
        while (m.find() && words < 2000) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            int[] in = WORD_PROFILES.get(w);
            if (in != null) for (int p : in) counts[p]++;
        }
        if (words < 8) return "en";
        // English is the first profile: another must have more hits to be chosen, the first of equals wins
        int best = 0;
        for (int p = 1; p < CODES.length; p++) if (counts[p] > counts[best]) best = p;
        // another language must clearly beat English, not just tie on shared short words ("a", "in", "no")
        if (best != 0 && counts[best] < counts[0] * 1.3 + 2) return "en";
        return best != 0 && counts[best] < MIN_SHARE * words ? UNDETERMINED : CODES[best];
    }
}
