-- revision: v013
-- down_revision: v012
-- message: rust-lang/rustc-perf migration_13

-- migrate:up
alter table artifact_collection_duration alter column aid set data type integer;
alter table collector_progress alter column aid set data type integer;
alter table error alter column aid set data type integer;
alter table pstat alter column aid set data type integer;
alter table raw_self_profile alter column aid set data type integer;
alter table rustc_compilation alter column aid set data type integer;
alter table self_profile_query alter column aid set data type integer;

-- migrate:down irreversible
