-- revision: v016
-- down_revision: v015
-- message: rust-lang/rustc-perf migration_16

-- migrate:up
alter table pull_request_build add column commit_date timestamptz;

-- migrate:down irreversible
