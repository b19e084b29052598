-- revision: v007
-- down_revision: v006
-- message: rust-lang/rustc-perf migration_7

-- migrate:up
alter table pull_request_build add column include text;

-- migrate:down irreversible
