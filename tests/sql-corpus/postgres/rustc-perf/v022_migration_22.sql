-- revision: v022
-- down_revision: v021
-- message: rust-lang/rustc-perf migration_22

-- migrate:up
alter table pstat_series add target text not null default 'x86_64-unknown-linux-gnu';
alter table pstat_series drop constraint test_case;
alter table pstat_series add constraint test_case UNIQUE(crate, profile, scenario, backend, target, metric);

-- migrate:down irreversible
