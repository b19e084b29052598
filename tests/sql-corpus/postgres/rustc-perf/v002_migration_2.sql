-- revision: v002
-- down_revision: v001
-- message: rust-lang/rustc-perf migration_2

-- migrate:up
create unique index on pull_request_build (pr) where complete = false;

-- migrate:down irreversible
