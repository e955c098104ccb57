package org.casemark.batch;

/** An input that cannot be taken at all (no such file, a CSV without the text column): one line naming the file. */
public final class BadInput extends RuntimeException {
    public BadInput(String message) {
        super(message, null, false, false);
    }
}
