-- revision: v017
-- down_revision: v016
-- message: rust-lang/rustc-perf migration_17

-- migrate:up
create table runtime_pstat_series(
    id integer primary key generated always as identity,
    benchmark text not null,
    metric text not null,
    UNIQUE(benchmark, metric)
);
create table runtime_pstat(
    series integer references runtime_pstat_series(id) on delete cascade on update cascade,
    aid integer references artifact(id) on delete cascade on update cascade,
    cid integer references collection(id) on delete cascade on update cascade,
    value double precision not null,
    PRIMARY KEY(series, aid, cid)
);

-- migrate:down irreversible
