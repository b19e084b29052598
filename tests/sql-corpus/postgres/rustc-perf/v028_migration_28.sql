-- revision: v028
-- down_revision: v027
-- message: rust-lang/rustc-perf migration_28

-- migrate:up
ALTER TABLE job_queue DROP CONSTRAINT IF EXISTS job_queue_collector;
ALTER TABLE job_queue ADD COLUMN collector_name TEXT;
ALTER TABLE job_queue
    ADD CONSTRAINT job_queue_collector
        FOREIGN KEY (collector_name)
        REFERENCES collector_config(name)
        ON DELETE CASCADE;
ALTER TABLE job_queue DROP COLUMN IF EXISTS collector_id;
CREATE INDEX IF NOT EXISTS job_queue_status_target_benchmark_set_idx ON job_queue (status, target, benchmark_set);

-- migrate:down irreversible
