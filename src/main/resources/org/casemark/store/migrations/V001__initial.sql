-- API keys: only the SHA-256 of the whole key is kept; the key itself is shown once.
CREATE TABLE api_keys (
    key_id     TEXT PRIMARY KEY,
    tenant     TEXT NOT NULL,
    role       TEXT NOT NULL CHECK (role IN ('admin', 'tenant')),
    key_hash   BLOB NOT NULL,
    created_at TEXT NOT NULL,
    revoked_at TEXT
);

-- A submission and its grade (JSON, with rubric and engine versions), written in one transaction.
CREATE TABLE submissions (
    seq            INTEGER PRIMARY KEY AUTOINCREMENT,
    id             TEXT NOT NULL UNIQUE,
    tenant         TEXT NOT NULL,
    learner_id     TEXT NOT NULL,
    external_id    TEXT,
    rubric         TEXT NOT NULL,
    rubric_version TEXT NOT NULL,
    engine_version TEXT NOT NULL,
    text           TEXT NOT NULL,
    grade_json     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX submissions_by_tenant ON submissions (tenant, seq);
CREATE INDEX submissions_by_learner ON submissions (tenant, learner_id, seq);

-- Idempotency-Key: the first response to a (tenant, key), replayed for the same request body.
CREATE TABLE idempotency_keys (
    tenant       TEXT NOT NULL,
    idem_key     TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status       INTEGER NOT NULL,
    response     TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (tenant, idem_key)
);
