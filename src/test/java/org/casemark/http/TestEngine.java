package org.casemark.http;

import org.casemark.core.CasemarkEngine;
import org.casemark.core.GradingService;
import org.casemark.quiz.QuizService;

/** The grader and quiz scorer the server tests run against: the real ones, loaded once per test JVM. */
final class TestEngine {
    private static GradingService grading;
    private static QuizScoring quizzes;

    private TestEngine() {
    }

    static synchronized GradingService grading() {
        if (grading == null) grading = org.casemark.SharedEngine.get();   // the one line to swap for a stand-in
        return grading;
    }

    static synchronized QuizScoring quizzes() {
        if (quizzes == null) quizzes = QuizScoring.of(QuizService.embedded(
                new org.casemark.quiz.EngineWhyGrader(() -> org.casemark.SharedEngine.get().nlp())));
        return quizzes;
    }
}
