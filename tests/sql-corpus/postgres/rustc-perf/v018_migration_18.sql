-- revision: v018
-- down_revision: v017
-- message: rust-lang/rustc-perf migration_18

-- migrate:up
create table error_new(
    aid integer not null references artifact(id) on delete cascade on update cascade,
    benchmark text not null,
    error text not null,
    primary key(aid, benchmark)
);
insert into error_new(aid, benchmark, error)
select aid, crate, error
from error
join error_series es on error.series = es.id;

drop table error;
drop table error_series;
alter table error_new rename to error;

-- migrate:down irreversible
