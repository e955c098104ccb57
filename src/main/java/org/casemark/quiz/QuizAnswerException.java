package org.casemark.quiz;

/**
 * Answers that cannot be scored: an unknown item, option, term, scenario or category id, an answer of the wrong
 * type, or a definition used twice. The message is one line naming the item; the HTTP layer maps it to 422 and the
 * CLI to exit code 2. {@code itemId} is null when the answers document as a whole is malformed.
 */
public final class QuizAnswerException extends RuntimeException {
    private final String itemId;

    public QuizAnswerException(String itemId, String message) {
        super(itemId == null ? message : "item \"" + itemId + "\": " + message);
        this.itemId = itemId;
    }

    public String itemId() {
        return itemId;
    }
}
