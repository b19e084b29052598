-- revision: v035
-- down_revision: v034
-- message: rust-lang/rustc-perf migration_35

-- migrate:up
ALTER TABLE job_queue DROP CONSTRAINT job_queue_unique;
ALTER TABLE job_queue ADD CONSTRAINT job_queue_unique
    UNIQUE (
        request_tag,
        target,
        backend,
        profile,
        kind,
        benchmark_set
    );

-- migrate:down irreversible
