package org.casemark.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineVersionTest {
    @Test
    void theVersionIsTheReleaseAndADigestOfTheGradingCode() {
        String v = EngineVersion.get();
        assertTrue(v.matches("\\d+\\.\\d+\\.\\d+\\+[0-9a-f]{8}"), v);
        assertTrue(v.startsWith(EngineVersion.release() + "+"), v);
        assertEquals(v, EngineVersion.get());
    }

    @Test
    void theDigestCoversThePackagesThatDecideAGrade() {
        for (Class<?> c : new Class<?>[]{Grader.class, org.casemark.nlp.NlpPipeline.class,
                org.casemark.rubric.RubricLoader.class, org.casemark.quiz.QuizService.class}) {
            String name = c.getName().replace('.', '/');
            assertTrue(EngineVersion.PACKAGES.stream().anyMatch(name::startsWith), name);
        }
    }
}
