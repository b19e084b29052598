-- revision: v038
-- down_revision: v037
-- message: rust-lang/rustc-perf migration_38

-- migrate:up
ALTER TABLE benchmark_request ADD COLUMN targets TEXT NOT NULL DEFAULT ''

-- migrate:down irreversible
