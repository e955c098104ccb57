package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.quiz.QuizAnswerException;
import org.casemark.quiz.QuizService;

import java.util.function.Supplier;

/**
 * What the HTTP layer needs of quizzes: list them, show one as a learner sees it, score an answers document.
 * Results are plain values that the JSON mapper writes. Throws {@link UnknownQuizException} (404) and
 * {@link BadAnswersException} (422).
 */
public interface QuizScoring {

    /** One summary per quiz (id, title, item count, max), in id order. */
    Object list();

    /** The quiz as a learner sees it before answering: never keys, feedback, hints or model answers. */
    Object view(String quizId);

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

    /** Adapts the quiz service of {@code org.casemark.quiz}. */
    static QuizScoring of(QuizService quizzes) {
        return new QuizScoring() {
            @Override
            public Object list() {
                return quizzes.summaries();
            }

            @Override
            public Object view(String quizId) {
                return known(() -> quizzes.view(quizId));
            }

            @Override
            public Object score(String quizId, JsonNode answers, boolean reveal) {
                try {
                    return known(() -> quizzes.score(quizId, answers, reveal));
                } catch (QuizAnswerException e) {
                    throw new BadAnswersException(e.getMessage());
                }
            }
        };
    }

    private static Object known(Supplier<Object> call) {
        try {
            return call.get();
        } catch (QuizService.UnknownQuizException e) {
            throw new UnknownQuizException(e.getMessage());
        }
    }
}
