-- revision: v037
-- down_revision: v036
-- message: rust-lang/rustc-perf migration_37

-- migrate:up
ALTER TABLE job_queue ADD COLUMN is_optional BOOLEAN NOT NULL DEFAULT FALSE

-- migrate:down irreversible
