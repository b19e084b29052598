-- revision: v20240702094825
-- down_revision: v20240621110731
-- message: atuinsh/atuin create_store_idx_cache

-- migrate:up
create table store_idx_cache(
  id integer primary key autoincrement, 
  user_id bigint,

  host uuid,
  tag text,
  idx bigint
);

create unique index store_idx_cache_uniq on store_idx_cache(user_id, host, tag);

-- migrate:down irreversible
