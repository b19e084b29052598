-- revision: v009
-- down_revision: v008
-- message: rust-lang/rustc-perf migration_9

-- migrate:up
create table raw_self_profile(
    aid smallint references artifact(id) on delete cascade on update cascade,
    cid integer references collection(id) on delete cascade on update cascade,
    crate text not null references benchmark(name) on delete cascade on update cascade,
    profile text not null,
    cache text not null,
    PRIMARY KEY(aid, cid, crate, profile, cache)
);

-- migrate:down irreversible
