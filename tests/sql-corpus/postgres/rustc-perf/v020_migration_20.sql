-- revision: v020
-- down_revision: v019
-- message: rust-lang/rustc-perf migration_20

-- migrate:up
alter table pstat_series rename column cache to scenario;
alter table pstat_series rename column statistic to metric;
alter table pstat_series add backend text not null default 'llvm';
alter table pstat_series drop constraint pstat_series_crate_profile_cache_statistic_key;
alter table pstat_series add constraint test_case UNIQUE(crate, profile, scenario, backend, metric);

-- migrate:down irreversible
