-- revision: v015
-- down_revision: v014
-- message: rust-lang/rustc-perf migration_15

-- migrate:up
alter table benchmark add column category text not null DEFAULT 'secondary';

-- migrate:down irreversible
