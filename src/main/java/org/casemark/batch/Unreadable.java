package org.casemark.batch;

/** A file whose text cannot be had (unsupported type, damaged, encrypted, not UTF-8): reported for that file only. */
final class Unreadable extends Exception {
    Unreadable(String message) {
        super(message, null, false, false);
    }
}
