package org.casemark.store;

/** A storage failure (I/O, corrupt file, failed migration): the caller cannot fix it by changing its request. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
