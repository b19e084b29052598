-- revision: v001
-- down_revision: none
-- message: rust-lang/rustc-perf migration_1

-- migrate:up
create table benchmark(
    name text primary key,
    -- Whether this benchmark supports stable
    stabilized bool
);
create table artifact(
    id smallint primary key generated always as identity,
    name text not null unique, -- usually a sha, but also version numbers
    date timestamptz, -- the date when this rustc was created, not the collection date
    type text not null
);
-- This identifies an individual run on the collection server, and is used
-- to distinguish between multiple collections of data for the same artifact.
create table collection(
    id integer primary key generated always as identity
);
create table error_series(
    id integer primary key generated always as identity,
    crate text not null references benchmark(name) on delete cascade on update cascade,
    UNIQUE(crate)
);
create table error(
    series integer not null references error_series(id) on delete cascade on update cascade,
    aid smallint not null references artifact(id) on delete cascade on update cascade,
    error text,
    PRIMARY KEY(series, aid)
);
create table pstat_series(
    id integer primary key generated always as identity,
    crate text not null references benchmark(name) on delete cascade on update cascade,
    profile text not null,
    cache text not null,
    statistic text not null,
    UNIQUE(crate, profile, cache, statistic)
);
create table pstat(
    series integer references pstat_series(id) on delete cascade on update cascade,
    aid smallint references artifact(id) on delete cascade on update cascade,
    cid integer references collection(id) on delete cascade on update cascade,
    value double precision not null,
    PRIMARY KEY(series, aid, cid)
);
create table self_profile_query_series(
    id integer primary key generated always as identity,
    crate text not null references benchmark(name) on delete cascade on update cascade,
    profile text not null,
    cache text not null,
    query text not null,
    UNIQUE(crate, profile, cache, query)
);
create table self_profile_query(
    series integer references self_profile_query_series(id) on delete cascade on update cascade,
    aid smallint references artifact(id) on delete cascade on update cascade,
    cid integer references collection(id) on delete cascade on update cascade,
    self_time bigint,
    blocked_time bigint,
    incremental_load_time bigint,
    number_of_cache_hits integer,
    invocation_count integer,
    PRIMARY KEY(series, aid, cid)
);
create table pull_request_build(
    bors_sha text unique,
    pr integer not null,
    parent_sha text,
    complete boolean,
    requested timestamptz
);

-- migrate:down irreversible
