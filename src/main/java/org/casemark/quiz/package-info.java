/**
 * Quizzes for the lesson: items as validated data ({@link org.casemark.quiz.QuizLoader} reads
 * {@code rubrics/*quiz.yaml} with file:line:col errors), the pure scorer ({@link org.casemark.quiz.QuizService})
 * and the pluggable grader of optional free-text "why" answers ({@link org.casemark.quiz.WhyGrader}). Depends on
 * Jackson (trees and YAML parsing) and {@code org.casemark.core} values only: no HTTP, no printing, no file IO
 * beyond the quiz files it is asked to load.
 */
package org.casemark.quiz;
