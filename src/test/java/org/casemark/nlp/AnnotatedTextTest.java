package org.casemark.nlp;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AnnotatedTextTest {
    private static final String TEXT = "I don't think the model learned a different goal; it's the camera's fault.";

    @Test
    void aQuoteBeginningOnACliticWidensToItsWord() {
        AnnotatedText t = new AnnotatedText(TEXT, List.of());
        int nt = TEXT.indexOf("n't");
        assertEquals("don't think", t.quote(nt, TEXT.indexOf(" the model")));
        int s = TEXT.indexOf("'s the");
        assertEquals("it's the", t.quote(s, s + 6));
    }

    @Test
    void aQuoteEndingInsideAWordWidensToItsEndAndWholeWordsStayAsTheyAre() {
        AnnotatedText t = new AnnotatedText(TEXT, List.of());
        int from = TEXT.indexOf("the model");
        assertEquals("the model learned", t.quote(from, TEXT.indexOf("rned") + 2));
        assertEquals("the model", t.quote(from, from + 9));
        int cam = TEXT.indexOf("camera's");
        assertEquals("camera's", t.quote(cam, cam + 8));
    }
}
