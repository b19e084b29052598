-- revision: 20240614104159
-- down_revision: 20240108124837
-- message: idx-cache
-- imported from sqlx 20240614104159_idx-cache.sql

-- migrate:up
create table store_idx_cache(
  id bigserial primary key, 
  user_id bigint,

  host uuid,
  tag text,
  idx bigint
);
-- migrate:down irreversible
