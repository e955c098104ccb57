-- A batch: a class's submissions handed over at once (an LMS export). source_sha256 identifies the input, so the
-- same file handed over again for the same rubric is recognised instead of graded twice.
CREATE TABLE batches (
    id            TEXT PRIMARY KEY,
    tenant        TEXT NOT NULL,
    rubric        TEXT NOT NULL,
    source_name   TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    format        TEXT NOT NULL,
    layout        TEXT NOT NULL,
    items         INTEGER NOT NULL,
    skipped       TEXT NOT NULL,  -- what the input left out, one line each
    created_at    TEXT NOT NULL,
    UNIQUE (tenant, rubric, source_sha256)
);

-- Each item of a batch, in input order: the submission it became (a grading job while it waits, a stored
-- submission once graded; an unreadable file is stored at once as a rejected submission), where it came from and
-- whose it is.
CREATE TABLE batch_items (
    batch_id      TEXT NOT NULL,
    item_no       INTEGER NOT NULL,
    submission_id TEXT NOT NULL UNIQUE,
    external_id   TEXT NOT NULL,
    learner_id    TEXT NOT NULL,
    learner_name  TEXT,
    source        TEXT NOT NULL,
    PRIMARY KEY (batch_id, item_no)
);

-- Batch items are jobs of the one job table; batch_id marks them (no callback is sent for them).
ALTER TABLE grading_jobs ADD COLUMN batch_id TEXT;
