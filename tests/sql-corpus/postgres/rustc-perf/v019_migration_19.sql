-- revision: v019
-- down_revision: v018
-- message: rust-lang/rustc-perf migration_19

-- migrate:up
create table artifact_size(
    aid integer references artifact(id) on delete cascade on update cascade,
    component text not null,
    size integer not null,
    UNIQUE(aid, component)
);

-- migrate:down irreversible
