/**
 * Durable storage in one SQLite file (WAL, {@code synchronous=FULL}): API keys (hashes only), submissions with
 * their grade JSON, idempotency records, grading jobs and the outbox of deliveries (both claimed under leases),
 * tenants' webhook secrets and endpoints, batches of a class's submissions (their items are grading jobs),
 * instructors' reviews kept beside the machine grades, and the versioned schema migrations that create them. Depends on JDBC and the JDK only: no HTTP, no grading; callers
 * hand it values and already-rendered JSON. A lock held by another process surfaces as
 * {@link org.casemark.store.StoreBusyException}; {@link org.casemark.store.DataDirLock} keeps one serving process
 * per data directory.
 */
package org.casemark.store;
