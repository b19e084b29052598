-- revision: v029
-- down_revision: v028
-- message: rust-lang/rustc-perf migration_29

-- migrate:up
ALTER TABLE benchmark_request ADD COLUMN commit_date TIMESTAMPTZ NULL;

-- migrate:down irreversible
