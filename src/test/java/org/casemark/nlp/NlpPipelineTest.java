package org.casemark.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pipeline's tokens, tags and (cached) lemmas are exactly those of a plain CoreNLP pipeline
 * {@code tokenize,ssplit,pos,lemma} with the same tokenizer options, for the sample write-ups and for words the
 * lemmatizer treats specially; and a text annotated a second time (every lemma now cached, and with the shared
 * engine's sentence memo every sentence's tags) comes out the same, as does a sentence remembered from another text.
 * One difference is ours: a negative contraction typed without its apostrophe is split as "isn't" is.
 */
class NlpPipelineTest {
    private static final String SPECIAL = "She was snake_case-ing the put_up values; they'd've gone. Geese were "
            + "running, ran and RUNS. The data are Ms. Smith's. I'm, you're, won't, can't: ain't it?";

    private static List<String> plainCoreNlp(String text) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false,ptb3Escaping=false");
        // the contraction split is ours, so the plain pipeline gets it too: tokenize and split, then tag
        p.setProperty("annotators", "tokenize,ssplit");
        Annotation doc = new Annotation(Markup.blank(text));
        new StanfordCoreNLP(p, false).annotate(doc);
        for (edu.stanford.nlp.util.CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            sentence.set(CoreAnnotations.TokensAnnotation.class,
                    NlpPipeline.splitContractions(sentence.get(CoreAnnotations.TokensAnnotation.class)));
        }
        Properties t = new Properties();
        t.setProperty("annotators", "pos,lemma");
        t.setProperty("enforceRequirements", "false");
        new StanfordCoreNLP(t, false).annotate(doc);
        List<String> out = new ArrayList<>();
        for (edu.stanford.nlp.util.CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class))
        for (CoreLabel l : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(l.word() + "/" + l.tag() + "/" + l.lemma() + "@" + l.beginPosition());
        }
        return out;
    }

    private static List<String> ours(String text) {
        return ours(SharedEngine.get().nlp(), text);
    }

    private static List<String> ours(NlpPipeline nlp, String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : nlp.annotate(text).sentences()) {
            for (Token t : s.tokens()) out.add(t.word() + "/" + t.pos() + "/" + t.lemma() + "@" + t.start());
        }
        return out;
    }

    /** Fails on the first differing token, not with two whole essays. */
    private static void assertSame(List<String> expected, List<String> actual, String what) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), actual.get(i), what + ", token " + i);
        }
        assertEquals(expected.size(), actual.size(), what + ": token count");
    }

    private static List<String> samples() throws IOException {
        List<String> texts = new ArrayList<>(List.of(SPECIAL));
        try (Stream<Path> files = Files.list(Path.of("samples/case-studies"))) {
            files.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(f -> {
                try {
                    texts.add(Files.readString(f));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
        assertTrue(texts.size() > 10);
        return texts;
    }

    @Test
    void lemmasAndTagsAreThoseOfPlainCoreNlp() throws IOException {
        for (String text : samples()) {
            List<String> expected = plainCoreNlp(text);
            assertSame(expected, ours(text), "first annotation of: " + text.substring(0, 40));
            assertSame(expected, ours(text), "second annotation (lemmas cached) of: " + text.substring(0, 40));
        }
    }

    @Test
    void aRememberedSentenceGetsTheTagsItWouldGetAmongOtherSentences() throws IOException {
        // a memo of a few sentences, emptied again and again, and one that keeps them all
        for (NlpPipeline nlp : List.of(new NlpPipeline(120, 7), new NlpPipeline(120, 100_000))) {
            List<String> texts = samples();
            for (int i = 1; i < texts.size(); i++) {
                String previous = texts.get(i - 1), text = texts.get(i);
                assertSame(plainCoreNlp(text), ours(nlp, text), "alone: " + text.substring(0, 40));
                // its sentences now remembered, then met again after another text's, and cut off by a new first line
                String mixed = "A line before.\n" + previous + "\n\n" + text;
                assertSame(plainCoreNlp(mixed), ours(nlp, mixed), "after another text: " + text.substring(0, 40));
            }
        }
    }

    @Test
    void aContractionTypedWithoutItsApostropheIsSplitAsTheTokenizerSplitsOneWithIt() {
        String text = "there isnt really a proxy, the camera cant see it and we Dont know.";
        List<String> words = new ArrayList<>(), surface = new ArrayList<>();
        for (Sentence s : SharedEngine.get().nlp().annotate(text).sentences()) {
            for (Token t : s.tokens()) {
                words.add(t.word());
                surface.add(text.substring(t.start(), t.end()));
            }
        }
        assertEquals(List.of("there", "is", "n't", "really", "a", "proxy", ",", "the", "camera", "ca", "n't", "see", "it",
                "and", "we", "Do", "n't", "know", "."), words);
        // offsets are the text's: the quote of "isnt" is still "isnt"
        assertEquals(List.of("there", "is", "nt", "really", "a", "proxy", ",", "the", "camera", "ca", "nt", "see", "it",
                "and", "we", "Do", "nt", "know", "."), surface);
        // a word that only ends in "nt" is left alone
        List<String> tenant = new ArrayList<>();
        for (Sentence s : SharedEngine.get().nlp().annotate("The tenant went to the giant event.").sentences()) {
            for (Token t : s.tokens()) tenant.add(t.word());
        }
        assertEquals(List.of("The", "tenant", "went", "to", "the", "giant", "event", "."), tenant);
    }

    private static List<String> sentencesOf(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : SharedEngine.get().nlp().annotate(text).sentences()) out.add(text.substring(s.start(), s.end()));
        return out;
    }

    @Test
    void aLongRunOnTypedWithoutFullStopsIsCutWhereACommaOpensANewMainClause() {
        String runOn = "the system is a restocking planner for a company that runs about 400 vending machines in offices, "
                + "every night it decides which machines the drivers visit and what goes in every slot, "
                + "it was trained with reinforcement learning in a simulator built from two years of sales logs, "
                + "when it went live the hospital machines were full of rice cakes and nobody could get a sandwich, "
                + "the harm is hungry nurses and doctors on long night shifts and a lot of lost revenue";
        assertEquals(List.of(
                "the system is a restocking planner for a company that runs about 400 vending machines in offices,",
                "every night it decides which machines the drivers visit and what goes in every slot,",
                "it was trained with reinforcement learning in a simulator built from two years of sales logs, "
                        + "when it went live the hospital machines were full of rice cakes and nobody could get a sandwich,",
                "the harm is hungry nurses and doctors on long night shifts and a lot of lost revenue"),
                sentencesOf(runOn), "a comma before a subordinate clause ('when ...') does not cut");
        // an ordinary long sentence with a list and a relative clause stays whole
        String ordinary = "The harms were real: we had reports of elderly customers sitting in cold homes most of the day "
                + "during a cold snap, which is a genuine health risk, plus wasted energy for the shift workers, "
                + "and a lot of people switching the feature off entirely.";
        assertEquals(List.of(ordinary), sentencesOf(ordinary));
    }
    @Test
    void aTextTypedInCapitalsIsTaggedAsItsSentenceCaseWhileQuotesKeepTheCapitals() {
        String shouted = "MY AI SYSTEM IS A SPEED CAMERA ON THE HIGHWAY. IT WAS TRAINED ON ONE ROAD. TO FIX IT TRAIN IT WITH MORE DATA.";
        AnnotatedText doc = SharedEngine.get().nlp().annotate(shouted);
        List<String> lemmas = new ArrayList<>(), tags = new ArrayList<>();
        for (Sentence s : doc.sentences()) for (Token t : s.tokens()) {
            lemmas.add(t.lemma());
            tags.add(t.pos());
        }
        assertTrue(lemmas.contains("train"), "the verb is read: " + lemmas);
        assertTrue(tags.contains("VBN") && tags.contains("VBZ"), tags.toString());
        assertEquals(3, doc.sentences().size());
        Sentence second = doc.sentences().get(1);
        assertEquals("IT WAS TRAINED ON ONE ROAD.", doc.quote(second.start(), second.end()));
        assertEquals(shouted.length(), Shouting.sentenceCase(shouted).length());
        assertEquals("The model ran. It said NASA.", Shouting.sentenceCase("The model ran. It said NASA."), "ordinary casing stays");
    }

    @Test
    void theWordsOfASnakeCaseNameAreReadAsWordsWhileQuotesKeepTheName() {
        String code = "target = position_above(last_installed_pane)  # the policy seats the pane above the last one";
        assertEquals(code.length(), Markup.blank(code).length());
        assertTrue(Markup.blank(code).contains("position above(last installed pane)"), Markup.blank(code));
        AnnotatedText doc = SharedEngine.get().nlp().annotate(code);
        List<String> words = new ArrayList<>();
        for (Sentence s : doc.sentences()) for (Token t : s.tokens()) words.add(t.word());
        assertTrue(words.contains("installed") && words.contains("pane"), words.toString());
        assertTrue(doc.quote(0, code.length()).contains("last_installed_pane"), "the learner's own text is quoted");
        assertEquals("_private_ ", Markup.blank("_private_ "), "an underscore at a word's edge is no joint");
    }

    @Test
    void aBreadcrumbsLeadingPlacesSayNothingWhileAMenuPathInAnInstructionStays() {
        String thread = "BoxingForumz > Gear & Tech > punchpal smart bag - anyone elses go weird??\nkofi_mitts\nso our gym got 2";
        String blank = Markup.blank(thread);
        assertEquals(thread.length(), blank.length());
        assertTrue(blank.startsWith(" ".repeat(thread.indexOf("punchpal")) + "punchpal smart bag"), blank);
        String help = "Lumisort Help Centre \u203a Auto-Cull \u203a Troubleshooting\n"
                + "Go to Settings > Auto-Cull > Strictness and choose Relaxed.\n"
                + "In the menu Settings > Tax > SmartTax set the terminal to ask.\n"
                + "The score > 0.9 means > 90% of cases.";
        String helpBlank = Markup.blank(help);
        assertTrue(helpBlank.startsWith(" ".repeat(help.indexOf("Troubleshooting")) + "Troubleshooting\n"), helpBlank);
        assertTrue(helpBlank.contains("\nGo to Settings > Auto-Cull > Strictness and choose"), helpBlank);
        assertTrue(helpBlank.contains("\nIn the menu Settings > Tax > SmartTax set"), helpBlank);
        assertTrue(helpBlank.endsWith("\nThe score > 0.9 means > 90% of cases."), helpBlank);
    }

    @Test
    void aTranscriptsTimestampBeforeASpeakerSaysNothingWhileATimeInASentenceStays() {
        String transcript = "[03:25] DANA: Fixes.\n14:03 Sam: Train it on other mines.\n10:30 the alarm went off.";
        String blank = Markup.blank(transcript);
        assertEquals(transcript.length(), blank.length());
        assertTrue(blank.startsWith("        DANA: Fixes."), blank);
        assertTrue(blank.contains("\n      Sam: Train"), blank);
        assertTrue(blank.contains("10:30 the alarm"), "no speaker after it: " + blank);
        // a chat export's date and time, bracketed or with a dash
        String chat = "[12/03/2024, 21:14] Kemi: ok so a robot bartender\n12/03/2024, 9:15 pm - Jonas: go on\n"
                + "On 12/03/2024, 21:16 the hotel bought it.";
        String chatBlank = Markup.blank(chat);
        assertEquals(chat.length(), chatBlank.length());
        assertTrue(chatBlank.startsWith(" ".repeat(20) + "Kemi: ok so"), chatBlank);
        assertTrue(chatBlank.contains("\n" + " ".repeat(22) + "Jonas: go on"), chatBlank);
        assertTrue(chatBlank.contains("On 12/03/2024, 21:16 the hotel"), "no speaker after it: " + chatBlank);
        // ... and its day of the week
        String days = "[Tue 21:06] Tom: ok so (a) system\n[Wednesday, 09:14] Priya: the company filmed it\n"
                + "Tue 21:08 the camera went in.";
        String daysBlank = Markup.blank(days);
        assertTrue(daysBlank.startsWith(" ".repeat(12) + "Tom: ok so"), daysBlank);
        assertTrue(daysBlank.contains("\n" + " ".repeat(19) + "Priya: the company"), daysBlank);
        assertTrue(daysBlank.endsWith("Tue 21:08 the camera went in."), "no speaker after it: " + daysBlank);
    }
}
