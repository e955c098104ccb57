-- Standard Webhooks signing secrets of a tenant ("whsec_" + base64 of 32 random bytes). Kept as they are: an
-- HMAC needs the key itself, so the data directory must be protected like the secrets it holds. A rotated-out
-- secret stays valid until expires_ms (epoch milliseconds); a revoked one is dead at once.
CREATE TABLE webhook_secrets (
    secret_id  TEXT PRIMARY KEY,
    tenant     TEXT NOT NULL,
    secret     TEXT NOT NULL,
    created_at TEXT NOT NULL,
    expires_ms INTEGER,
    revoked_at TEXT
);
CREATE INDEX webhook_secrets_by_tenant ON webhook_secrets (tenant);

-- Callback endpoints: a tenant's default endpoint (is_default = 1, at most one), and any URL a receiver disabled by
-- answering 410 Gone (disabled_at set; deliveries to it stop until it is set again or a delivery is redelivered).
CREATE TABLE webhook_endpoints (
    tenant          TEXT NOT NULL,
    url             TEXT NOT NULL,
    is_default      INTEGER NOT NULL DEFAULT 0,
    disabled_at     TEXT,
    disabled_reason TEXT,
    created_at      TEXT NOT NULL,
    PRIMARY KEY (tenant, url)
);

-- Grading jobs: the submission as received, waiting for a worker. A worker claims a job by writing a lease
-- (lease_token, lease_until in epoch ms); a lease that runs out returns the job to the queue. Completing needs the
-- lease token, so a worker whose lease ran out cannot store a second grade.
CREATE TABLE grading_jobs (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    submission_id TEXT NOT NULL UNIQUE,
    tenant        TEXT NOT NULL,
    learner_id    TEXT NOT NULL,
    external_id   TEXT,
    rubric        TEXT NOT NULL,
    text          TEXT NOT NULL,
    quiz_json     TEXT,
    callback_url  TEXT,
    state         TEXT NOT NULL CHECK (state IN ('queued', 'running', 'done', 'failed')),
    attempts      INTEGER NOT NULL DEFAULT 0,
    run_after_ms  INTEGER NOT NULL,
    lease_token   TEXT,
    lease_until   INTEGER,
    last_error    TEXT,
    created_at    TEXT NOT NULL,
    finished_at   TEXT
);
CREATE INDEX grading_jobs_claimable ON grading_jobs (state, run_after_ms);
CREATE INDEX grading_jobs_by_tenant ON grading_jobs (tenant, submission_id);

-- The outbox: one row per result to deliver, written in the same transaction as the grade. id is the webhook-id
-- of every attempt (receivers deduplicate by it). Claimed with a lease like a grading job.
CREATE TABLE webhook_deliveries (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    id               TEXT NOT NULL UNIQUE,
    tenant           TEXT NOT NULL,
    submission_id    TEXT NOT NULL,
    event_type       TEXT NOT NULL,
    url              TEXT NOT NULL,
    payload          TEXT NOT NULL,
    status           TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_status_code INTEGER,
    last_error       TEXT,
    next_attempt_ms  INTEGER,
    window_start_ms  INTEGER NOT NULL,
    lease_token      TEXT,
    lease_until      INTEGER,
    created_at       TEXT NOT NULL,
    delivered_at     TEXT
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_ms);
CREATE INDEX webhook_deliveries_by_tenant ON webhook_deliveries (tenant, status, seq);
CREATE INDEX webhook_deliveries_by_submission ON webhook_deliveries (submission_id);
