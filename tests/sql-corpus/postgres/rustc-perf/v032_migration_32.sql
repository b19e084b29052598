-- revision: v032
-- down_revision: v031
-- message: rust-lang/rustc-perf migration_32

-- migrate:up
CREATE TABLE error_new (
    id      SERIAL PRIMARY KEY,
    aid     INTEGER NOT NULL REFERENCES artifact(id) ON DELETE CASCADE ON UPDATE CASCADE,
    message TEXT NOT NULL,
    context TEXT NOT NULL,
    job_id  INTEGER
);

INSERT INTO
    error_new (aid, message, context)
SELECT
    aid,
    error,
    benchmark
FROM
    error;

DROP TABLE error;
ALTER TABLE error_new RENAME TO error;

CREATE INDEX error_artifact_idx ON error(aid);

-- migrate:down irreversible
