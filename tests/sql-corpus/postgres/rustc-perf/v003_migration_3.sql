-- revision: v003
-- down_revision: v002
-- message: rust-lang/rustc-perf migration_3

-- migrate:up
create table artifact_collection_duration(
    aid smallint primary key not null references artifact(id) on delete cascade on update cascade,
    date_recorded timestamptz not null,
    duration integer not null
);

-- migrate:down irreversible
