-- revision: v011
-- down_revision: v010
-- message: rust-lang/rustc-perf migration_11

-- migrate:up
create table rustc_compilation(
    aid smallint references artifact(id) on delete cascade on update cascade,
    cid integer references collection(id) on delete cascade on update cascade,
    crate text not null,
    duration bigint not null,
    PRIMARY KEY(aid, cid, crate)
);

-- migrate:down irreversible
