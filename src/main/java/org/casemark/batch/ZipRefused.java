package org.casemark.batch;

/** A ZIP that is not read at all: over a limit (a zip bomb), or not a ZIP. The message says which and why. */
public final class ZipRefused extends RuntimeException {
    ZipRefused(String message) {
        super(message, null, false, false);
    }
}
