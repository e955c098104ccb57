package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {
    private static String letter() throws IOException {
        try (InputStream in = ReviewTest.class.getResourceAsStream("/review/regulator-letter.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void anOffTopicFlagThatZeroesMostOfTheAssignmentsPartsIsForAnInstructor() throws IOException {
        // a regulator's letter on an AI system: its sentences meet most parts, yet no learned proxy is recognised
        GradeResult r = SharedEngine.get().grade("gm-case-study", "letter", letter());
        assertTrue(r.flags().offTopic(), r.flags().toString());
        assertEquals(GradeResult.NEEDS_REVIEW, r.status(), String.valueOf(r.reviewReasons()));
        assertEquals(0, r.total(), "the flag stands, provisionally");
        assertTrue(r.reviewReasons().stream().anyMatch(x -> x.startsWith("off_topic zeroes a write-up whose sentences earn")),
                r.reviewReasons().toString());
    }

    @Test
    void anOffTopicFlagOverFewerPartsStands() throws IOException {
        String fewer = letter().replace(", and a full-rate fill throws them against the walls, injuring crews and "
                + "sinking boats.", ".");
        GradeResult r = SharedEngine.get().grade("gm-case-study", "letter", fewer);
        assertTrue(r.flags().offTopic(), r.flags().toString());
        assertEquals(GradeResult.GRADED, r.status(), String.valueOf(r.reviewReasons()));
    }
}
