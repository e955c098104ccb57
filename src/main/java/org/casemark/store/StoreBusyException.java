package org.casemark.store;

/**
 * The database was locked by another process (SQLITE_BUSY or SQLITE_LOCKED) for longer than the store waits
 * ({@link Store#BUSY_TIMEOUT_MS}): the same call may succeed a moment later.
 */
public final class StoreBusyException extends StoreException {
    public StoreBusyException(String message, Throwable cause) {
        super(message, cause);
    }
}
