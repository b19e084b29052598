-- revision: v027
-- down_revision: v026
-- message: rust-lang/rustc-perf migration_27

-- migrate:up
CREATE TABLE IF NOT EXISTS job_queue (
    id            SERIAL PRIMARY KEY,
    request_tag   TEXT NOT NULL,
    target        TEXT NOT NULL,
    backend       TEXT NOT NULL,
    profile       TEXT NOT NULL,
    benchmark_set INTEGER NOT NULL,
    collector_id  INTEGER,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT NOW(),
    started_at    TIMESTAMPTZ,
    completed_at  TIMESTAMPTZ,
    status        TEXT NOT NULL,
    retry         INTEGER DEFAULT 0,

    CONSTRAINT job_queue_request_fk
        FOREIGN KEY (request_tag)
        REFERENCES benchmark_request(tag)
        ON DELETE CASCADE,

    CONSTRAINT job_queue_collector
        FOREIGN KEY (collector_id)
        REFERENCES collector_config(id)
        ON DELETE CASCADE,

    CONSTRAINT job_queue_unique
    UNIQUE (
        request_tag,
        target,
        backend,
        profile,
        benchmark_set
    )
);
CREATE INDEX IF NOT EXISTS job_queue_request_tag_idx ON job_queue (request_tag);

-- migrate:down irreversible
