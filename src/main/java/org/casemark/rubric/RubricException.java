package org.casemark.rubric;

/** A rubric file that cannot be used: the message reads {@code file:line:col criterion "id": cause}. */
public final class RubricException extends RuntimeException {
    public RubricException(String message) {
        super(message);
    }
}
