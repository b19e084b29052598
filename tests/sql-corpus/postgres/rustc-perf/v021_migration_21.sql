-- revision: v021
-- down_revision: v020
-- message: rust-lang/rustc-perf migration_21

-- migrate:up
alter table pull_request_build add column backends text;

-- migrate:down irreversible
