-- revision: v034
-- down_revision: v033
-- message: rust-lang/rustc-perf migration_34

-- migrate:up
ALTER TABLE job_queue ADD COLUMN kind TEXT NOT NULL DEFAULT 'compiletime';

-- migrate:down irreversible
