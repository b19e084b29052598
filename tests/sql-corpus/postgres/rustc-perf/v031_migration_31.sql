-- revision: v031
-- down_revision: v030
-- message: rust-lang/rustc-perf migration_31

-- migrate:up
ALTER TABLE collector_config ADD COLUMN commit_sha TEXT NULL;

-- migrate:down irreversible
