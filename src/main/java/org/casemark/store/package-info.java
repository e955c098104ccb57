/**
 * Durable storage in one SQLite file (WAL, {@code synchronous=FULL}): API keys (hashes only), submissions with
 * their grade JSON, idempotency records, and the versioned schema migrations that create them. Depends on JDBC and
 * the JDK only: no HTTP, no grading; callers hand it values and already-rendered JSON.
 */
package org.casemark.store;
