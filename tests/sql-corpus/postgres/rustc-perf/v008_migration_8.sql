-- revision: v008
-- down_revision: v007
-- message: rust-lang/rustc-perf migration_8

-- migrate:up
alter table pull_request_build add column exclude text;

-- migrate:down irreversible
