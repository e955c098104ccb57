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
import org.apache.lucene.analysis.gl.GalicianAnalyzer;
import org.apache.lucene.analysis.sr.SerbianAnalyzer;
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
 * Welsh, Icelandic, Polish, Slovak, Slovene, Esperanto, Maltese, Albanian, Azerbaijani, Vietnamese and Swahili have
 * profiles of their own, and a language named after a close neighbour is told from it by its own spellings (Galician
 * from Portuguese, Malay from Indonesian, Afrikaans from Dutch, Croatian from Serbian). Cheap, and decided before any
 * grading.
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
        // Galician and Serbo-Croatian (in Latin letters), whose stop sets Lucene ships: after Portuguese and Czech, so
        // a tie on the words they share stays with those
        PROFILES.put("gl", GalicianAnalyzer.getDefaultStopSet());
        // (Lucene's Serbian set holds verbs and conjunctions, not the prepositions and pronouns that Czech's shares with
        // it: those are added, or a Serbian text is named Czech on "na", "za", "od", "iz")
        CharArraySet sr = new CharArraySet(SerbianAnalyzer.getDefaultStopSet(), true);
        sr.addAll(java.util.List.of("i je u na za se da od iz koji koja koje koju sa su kao ili kada ako zbog oko "
                .split(" ")));
        sr.addAll(java.util.List.of("preko između već samo još ima".split(" ")));
        PROFILES.put("sr", sr);
        // Slovene, Esperanto, Maltese, Albanian, Azerbaijani, Vietnamese and Swahili: Lucene ships no stop
        // set for them, so their commonest function words, leaving out those that are English words too ("me", "do",
        // "die", "is", "in", "as"); without them such a text was named after a neighbour (Slovak, Dutch, Catalan) or
        // left undetermined
        PROFILES.put("sl", words("je in na za se da so ki ne pa to tudi kot ali če bi bil bila bilo ker samo še že "
                + "kaj kako zato vendar ko ter smo ste sem jih lahko zelo tako kjer ga jo mu ji po od pri iz v z s k "
                + "vse ni sta bo bodo kar"));
        PROFILES.put("eo", words("la kaj de en estas al ke ne por kun mi vi li ŝi ĝi ni ili sed se kiel ankaŭ tiu "
                + "tio estis sur el pli tre nur ĉar aŭ kio kiu kie kiam ĉiuj unu ĝin lin ilin estos povas"));
        PROFILES.put("mt", words("il u ta fil li hu hija ma minn għal biex kien kienet dan din huma jew imma wkoll "
                + "fuq bejn meta kif għax jekk iktar aktar kull tal tat lil mill dak dik ukoll"));
        PROFILES.put("sq", words("dhe të në një që për nga është se si ka nuk ky kjo janë ishte por edhe më kur ku "
                + "pas mbi ose duke tij saj tyre ai ajo ata këtë atë do të kishte"));
        PROFILES.put("az", words("və bir bu ki da də ilə üçün olan olaraq daha çox amma lakin həm isə idi deyil "
                + "kimi sonra əvvəl onun onlar biz mən sən hər nə necə ona onu belə çünki"));
        PROFILES.put("vi", words("và của là có không được trong cho với một các những này đó khi để người đã sẽ "
                + "thì mà như từ về nhưng cũng rất lại ra vào nó họ chúng tôi bạn nên vì"));
        PROFILES.put("sw", words("na ya wa kwa ni la za katika cha kama hii hiyo lakini pia sana kuwa alikuwa "
                + "wakati baada kabla kila hata bila au yake yao zaidi huo hizo ili hiyo kwamba tu"));
    }

    private static CharArraySet words(String list) {
        return new CharArraySet(java.util.List.of(list.split(" ")), true);
    }

    /**
     * Languages whose function words are mostly another's: a text named after the other is named after this one where
     * its own spellings outnumber the other's. Afrikaans beside Dutch ("nie", "vir", "hulle" against
     * "niet", "voor", "zij"), Galician beside Portuguese ("non", "unha", "polo" against "não", "uma",
     * "pelo"), Malay beside Indonesian ("kerana", "boleh", "sahaja" against "karena", "bisa", "saja"), Croatian beside
     * Serbian ("što", "tko", "također" against "šta", "ko", "takođe").
     */
    private record Sibling(String of, String code, CharArraySet own, CharArraySet others) {
    }

    private static final CharArraySet GALICIAN_OWN = words("non unha unhas polo pola polos polas cando tamén moi máis "
            + "ata cun cunha aínda");
    private static final CharArraySet PORTUGUESE_OWN = words("não uma umas pelo pela pelos pelas quando também muito "
            + "mais até ainda");

    private static final java.util.List<Sibling> SIBLINGS = java.util.List.of(
            new Sibling("pt", "gl", GALICIAN_OWN, PORTUGUESE_OWN),
            // ... and either way: a Portuguese text the profiles name Galician is Portuguese again by the same words
            new Sibling("gl", "pt", PORTUGUESE_OWN, GALICIAN_OWN),
            new Sibling("id", "ms", words("kerana boleh sahaja iaitu ialah bahawa"),
                    words("karena bisa saja yaitu bahwa")),
            new Sibling("nl", "af", words("nie n se vir hulle ek jy ons baie hierdie"),
                    words("niet een zijn voor zij ik je wij veel deze")),
            // ... and by how the old "jat" is written: "vrijeme", "mjesto", "uvijek" in Croatian, "vreme", "mesto",
            // "uvek" in Serbian
            new Sibling("sr", "hr", words("tko također tijekom općenito tisuću vrijeme vjerojatno mjesto mjesta "
                    + "uvijek svijet dvije vjetar prije poslije"), words("ko takođe tokom uopšte hiljadu vreme "
                    + "verovatno mesto mesta uvek svet dve vetar pre posle")));

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
     * labelled non-English write-ups a profile of their own language covers 16-52% of their words; a text in a
     * language with no profile matches others by chance (a Hausa paragraph: 11% of its words are Serbian's "na",
     * "da", "ne"), and a language named from so few words is a wrong name. (A short text in such a language may match
     * no profile and too few words to outnumber English's: it is read as English, as before.)
     */
    static final double MIN_SHARE = 0.12;

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
        if (best != 0 && counts[best] < MIN_SHARE * words) return UNDETERMINED;
        return sibling(CODES[best], text);
    }

    /** The sibling a text named {@code code} is in, where its own spellings outnumber the named language's. */
    private static String sibling(String code, String text) {
        for (Sibling sib : SIBLINGS) {
            if (!sib.of().equals(code)) continue;
            int own = 0, others = 0, words = 0;
            Matcher m = WORD.matcher(text);
            while (m.find() && words++ < 2000) {
                String w = m.group().toLowerCase(Locale.ROOT);
                if (sib.own().contains(w)) own++;
                if (sib.others().contains(w)) others++;
            }
            if (own > others) return sib.code();
        }
        return code;
    }
}
