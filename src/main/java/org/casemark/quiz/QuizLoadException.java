package org.casemark.quiz;

import java.util.List;

/**
 * A quiz file that must not be loaded. Each error is one line {@code file:line:col item "id": cause} (or
 * {@code file:line:col quiz: cause} for the file's top level); all errors of the file are reported at once.
 */
public final class QuizLoadException extends RuntimeException {
    private final List<String> errors;

    public QuizLoadException(List<String> errors) {
        super(String.join("\n", errors));
        if (errors.isEmpty()) throw new IllegalArgumentException("no errors");
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
