-- revision: v010
-- down_revision: v009
-- message: rust-lang/rustc-perf migration_10

-- migrate:up
alter table pull_request_build add column runs integer;

-- migrate:down irreversible
