package org.casemark.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BracketsTest {
    @Test
    void aQuoteCutInsideAnAsideClosesIt() {
        assertEquals("deployed in shared streets (no curbs, flat paving, cars \u2026)",
                Brackets.closing("deployed in shared streets (no curbs, flat paving, cars \u2026"));
        assertEquals("AI BOWLS COACH (phone app)", Brackets.closing("AI BOWLS COACH (phone app"));
        assertEquals("a (b (c))", Brackets.closing("a (b (c"));
    }

    @Test
    void balancedTextIsLeftAlone() {
        assertEquals("stop before a drop (road, hole)", Brackets.closing("stop before a drop (road, hole)"));
        assertEquals("a) b", Brackets.closing("a) b"));
        assertEquals("the pilot (week 2) went well", Brackets.opening("the pilot (week 2) went well"));
    }

    @Test
    void aQuoteStartingInsideAnAsideStartsAfterIt() {
        assertEquals("a neural network classifier on moorings",
                Brackets.opening("projects) a neural network classifier on moorings"));
        assertEquals("the denominator should read", Brackets.opening("2.14): the denominator should read"));
        // nothing after the stray bracket: the words before it are the quote
        assertEquals("I left out the evaluation fix, sorry!",
                Brackets.opening("I left out the evaluation fix, sorry!)"));
    }

    @Test
    void aListMarkerIsNotQuoted() {
        assertEquals("How we test it before it touches a patient",
                Brackets.unmarked("b) How we test it before it touches a patient"));
        assertEquals("retrain on more cities", Brackets.unmarked("1) retrain on more cities"));
        assertEquals("iv) how", Brackets.unmarked("iv) iv) how"));
        assertEquals("Ibex) grazing", Brackets.unmarked("Ibex) grazing"));
    }
}
