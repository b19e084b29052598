-- revision: v000008
-- down_revision: v000007
-- message: graphile/worker migration_8

-- migrate:up
create table graphile_worker.known_crontabs (
  identifier text not null primary key,
  known_since timestamptz not null,
  last_execution timestamptz
);
alter table graphile_worker.known_crontabs enable row level security;

-- migrate:down irreversible
