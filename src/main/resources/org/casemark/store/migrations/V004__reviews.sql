-- An instructor's review of a grade: the component scores and flags they set and their comment (review_json), who
-- (the name they gave, and the API key they signed in with) and when. The machine grade in submissions stays as it
-- was; every review is kept, and the latest is the submission's grade from then on.
CREATE TABLE grade_reviews (
    seq           INTEGER PRIMARY KEY AUTOINCREMENT,
    id            TEXT NOT NULL UNIQUE,
    tenant        TEXT NOT NULL,
    submission_id TEXT NOT NULL,
    review_json   TEXT NOT NULL,
    reviewer      TEXT NOT NULL,
    key_id        TEXT NOT NULL,
    created_at    TEXT NOT NULL
);
CREATE INDEX grade_reviews_by_submission ON grade_reviews (tenant, submission_id, seq);
