-- revision: v030
-- down_revision: v029
-- message: rust-lang/rustc-perf migration_30

-- migrate:up
ALTER TABLE benchmark_request ADD COLUMN duration_ms INTEGER NULL;

-- migrate:down irreversible
