-- revision: v004
-- down_revision: v003
-- message: rust-lang/rustc-perf migration_4

-- migrate:up
create table collector_progress(
    aid smallint not null references artifact(id) on delete cascade on update cascade,
    step text not null,
    start_time timestamptz,
    end_time timestamptz
);

-- migrate:down irreversible
