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
 * lemmatizer treats specially; and a text annotated a second time (every lemma now cached) comes out the same.
 */
class NlpPipelineTest {
    private static final String SPECIAL = "She was snake_case-ing the put_up values; they'd've gone. Geese were "
            + "running, ran and RUNS. The data are Ms. Smith's. I'm, you're, won't, can't: ain't it?";

    private static List<String> plainCoreNlp(String text) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        p.setProperty("tokenize.options", "untokenizable=noneDelete,invertible=false,ptb3Escaping=false");
        Annotation doc = new Annotation(Markup.blank(text));
        new StanfordCoreNLP(p, false).annotate(doc);
        List<String> out = new ArrayList<>();
        for (CoreLabel l : doc.get(CoreAnnotations.TokensAnnotation.class)) {
            out.add(l.word() + "/" + l.tag() + "/" + l.lemma() + "@" + l.beginPosition());
        }
        return out;
    }

    private static List<String> ours(String text) {
        List<String> out = new ArrayList<>();
        for (Sentence s : SharedEngine.get().nlp().annotate(text).sentences()) {
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

    @Test
    void lemmasAndTagsAreThoseOfPlainCoreNlp() throws IOException {
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
        for (String text : texts) {
            List<String> expected = plainCoreNlp(text);
            assertSame(expected, ours(text), "first annotation of: " + text.substring(0, 40));
            assertSame(expected, ours(text), "second annotation (lemmas cached) of: " + text.substring(0, 40));
        }
    }
}
