package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * How a write-up uses the names in it, read once for {@link SystemNames}: how often each name occurs, which ones it
 * introduces as names ("which we will call RibVision"), which ever stand other than after a preposition (a place
 * does: "near Geumsan"), and which stand within a few words of the system's word ("the RouteMed planner").
 */
record NameUses(Map<String, Integer> counts, Set<String> introduced, Set<String> unplaced, Set<String> beside,
                Set<String> products) {
    /** The words that introduce a name as one ("something called BedScan"). */
    private static final Set<String> INTRODUCING = Set.of("called", "named", "dubbed", "nicknamed", "call", "name");
    /**
     * A product's name in two or three humps of a capital and small letters ("PujaBot", "SoleScan"; not "PhD", not an
     * alert's "WakeFalseAcceptRateHigh").
     */
    private static final java.util.regex.Pattern PRODUCT =
            java.util.regex.Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+){1,2}");
    /** How often a product's name ("PieceBot") is used to name the system before one sentence's noun phrase. */
    private static final int PRODUCT_NAME_USES = 3;

    /**
     * @param name a token is a name (a capitalised proper noun of the scenario) and not a company's
     */
    static NameUses read(Reading r, ConceptMatches matches, String concept, BiPredicate<List<Token>, Integer> name) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Set<String> introduced = new LinkedHashSet<>(), unplaced = new HashSet<>(), beside = new HashSet<>();
        Set<String> products = new LinkedHashSet<>();
        // a name that stands beside the concept somewhere ("Jas and Tomasz talk to Ren" names people; "the RouteMed
        // planner" a system)
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            for (ConceptIndex.Hit h : matches.of(i, concept)) {
                for (int k = Math.max(0, h.from() - 4); k < Math.min(ts.size(), h.to() + 4); k++) {
                    // ... not what the system acts on ("a CNN that sorts Madurai buds")
                    if (k < h.from() || k >= h.to()) {
                        if (GivenSystemNames.actsOn(ts, k, h)) continue;
                    }
                    beside.add(ts.get(k).word());
                }
            }
        }
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            for (int k = 0; k < ts.size(); k++) {
                if (!name.test(ts, k)) continue;
                counts.merge(ts.get(k).word(), 1, Integer::sum);
                // a name only ever after a preposition ("near Geumsan", "from Geumsan cooperative") is a place
                if (k == 0 || !ts.get(k - 1).pos().equals("IN")) unplaced.add(ts.get(k).word());
                // a product's name as a product's ("PujaBot", "SoleScan"): one, not a kind of people ("YouTubers"),
                // and not the medium a note in brackets names ("[WhatsApp chat export, pasted as ...]")
                boolean noted = k > 0 && (ts.get(k - 1).word().equals("[") || ts.get(k - 1).word().equals("-LSB-"));
                if (!noted && !ts.get(k).pos().equals("NNPS") && PRODUCT.matcher(ts.get(k).word()).matches()
                        && SystemNames.productName(ts.get(k).word())) {
                    products.add(ts.get(k).word());
                }
                // "something called BedScan", "a robot named Quill": the write-up says this is a name
                // ("which I'll call Skyfall", "let's call it Kinfinder")
                // ... but not a thing of another kind ("a new town called Ashby", "a dog named Rex")
                if (k > 0 && INTRODUCING.contains(lower(ts.get(k - 1).word()))
                        && !otherKindNamed(ts, namedNoun(ts, k - 2), matches.of(i, concept))
                        || k > 1 && lower(ts.get(k - 1).word()).equals("it")
                        && INTRODUCING.contains(lower(ts.get(k - 2).word()))) {
                    introduced.add(ts.get(k).word());
                }
            }
        }
        return new NameUses(counts, introduced, unplaced, beside, products);
    }

    /**
     * The name the write-up introduces as one and uses again ("a camera-grading system, which we will call RibVision
     * ... RibVision was trained"), else a product's name it keeps using beside the system's word ("JumpScore"), or
     * null: it names the system better than a noun phrase of the sentence that met the criterion ("Traditionally a
     * human grader looks at the cut surface", "The national trampoline federation trials ..."). Never one of
     * {@code persons}.
     */
    String given(Set<String> persons) {
        String introducedName = introducedName(persons);
        if (introducedName != null) return introducedName;
        // ... or a product's name the write-up keeps using ("PieceBot" in three sentences and more), beside the
        // system's word once at least (not a brand the system ranks: "pushes HomeCo items")
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() >= PRODUCT_NAME_USES && unplaced.contains(e.getKey()) && SystemNames.productName(e.getKey())
                    && beside.contains(e.getKey()) && !persons.contains(lower(e.getKey()))) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * A name that the write-up uses twice or more ("RouteMed ... RouteMed"), not for a person, and once at least within
     * a few words of the system's word or written as a product's ("GradeCast"), or null: first one it introduces as a
     * name ("something called BedScan"), else a product's name, else the first that stands somewhere other than after
     * a preposition (a place: "near Geumsan").
     */
    String recurring(Set<String> persons) {
        String introducedName = introducedName(persons);
        if (introducedName != null) return introducedName;
        // a product's name ("LinePace") before one that only stands near the system's word ("Aucoin, the steward")
        for (boolean product : new boolean[] {true, false}) {
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                String w = e.getKey();
                boolean systemLike = beside.contains(w) || SystemNames.productName(w);
                if (e.getValue() >= 2 && unplaced.contains(w) && systemLike && SystemNames.productName(w) == product
                        && !persons.contains(lower(w))) {
                    return w;
                }
            }
        }
        return null;
    }

    /**
     * The first product's name in the write-up ("PujaBot", "SoleScan": humps of a capital and small letters), used
     * once or more and not only after a preposition, or null: where no sentence names the system in the scenario's
     * words, the write-up's one product name says more of it than its most frequent noun does ("your family system").
     * Never one of {@code persons}.
     */
    String product(Set<String> persons) {
        for (String w : products) {
            if (unplaced.contains(w) && !persons.contains(lower(w))) return w;
        }
        return null;
    }

    private String introducedName(Set<String> persons) {
        for (String name : introduced) {
            // (a product's name needs saying once: "its called HailScout i think")
            if ((counts.get(name) >= 2 || SystemNames.productName(name)) && !persons.contains(lower(name))) return name;
        }
        return null;
    }

    /**
     * The noun a name is given to, looking back from {@code n} (just before "called" or "call") over a relative
     * clause's own words: "a mid-sized river town, which I'll call Karlsau" gives it to "town", "a camera-grading
     * system, which we will call RibVision" to "system", "something called BedScan" to "something".
     */
    private static int namedNoun(List<Token> ts, int n) {
        int k = n;
        while (k >= 0 && n - k < 5) {
            String pos = ts.get(k).pos();
            if (pos.startsWith("PRP") || pos.equals("MD") || pos.startsWith("VB") || pos.startsWith("RB")
                    || pos.equals("WDT") || pos.equals(",")) {
                k--;
                continue;
            }
            return k;
        }
        return n;
    }

    /**
     * Token {@code n}, right before "called" or "named", is a noun that is not the system's word ("a new town called
     * Ashby"): what the name names is something else. "Something called BedScan", "a robot named Quill" name it.
     */
    private static boolean otherKindNamed(List<Token> ts, int n, List<ConceptIndex.Hit> systemHits) {
        if (n < 0 || !ts.get(n).pos().startsWith("NN") || lower(ts.get(n).word()).startsWith("some")) return false;
        for (ConceptIndex.Hit h : systemHits) if (n >= h.from() && n < h.to()) return false;
        return true;
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }
}
