-- revision: v024
-- down_revision: v023
-- message: rust-lang/rustc-perf migration_24

-- migrate:up
ALTER TABLE benchmark_request ALTER COLUMN tag DROP NOT NULL;

-- migrate:down irreversible
