package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.quiz.QuizAnswerException;
import org.casemark.quiz.QuizService;

/**
 * What the HTTP layer needs of quizzes: score an answers document. Results are plain values that the JSON mapper
 * writes. Throws {@link UnknownQuizException} (404) and {@link BadAnswersException} (422).
 */
public interface QuizScoring {

    Object score(String quizId, JsonNode answers, boolean reveal);

    final class UnknownQuizException extends RuntimeException {
        public UnknownQuizException(String message) {
            super(message);
        }
    }

    final class BadAnswersException extends RuntimeException {
        public BadAnswersException(String message) {
            super(message);
        }
    }

    /** Adapts the quiz scorer of {@code org.casemark.quiz}. */
    static QuizScoring of(QuizService quizzes) {
        return (quizId, answers, reveal) -> {
            try {
                return quizzes.score(quizId, answers, reveal);
            } catch (QuizService.UnknownQuizException e) {
                throw new UnknownQuizException(e.getMessage());
            } catch (QuizAnswerException e) {
                throw new BadAnswersException(e.getMessage());
            }
        };
    }
}
