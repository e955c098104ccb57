package org.casemark.quiz;

/**
 * Grades the optional free-text "why" of one quiz item against the item's {@link QuizItem.Why} criteria. The quiz
 * scorer calls it for every non-blank "why"; implementations are pure and thread-safe. {@link EngineWhyGrader}
 * is the shipped one: the case-study engine's CoreNLP pipeline and Lucene concept matching.
 */
public interface WhyGrader {

    WhyResult grade(String quizId, String itemId, QuizItem.Why spec, String text);
}
