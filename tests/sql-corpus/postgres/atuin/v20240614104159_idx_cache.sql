-- revision: v20240614104159
-- down_revision: v20240108124837
-- message: atuinsh/atuin idx_cache

-- migrate:up
create table store_idx_cache(
  id bigserial primary key, 
  user_id bigint,

  host uuid,
  tag text,
  idx bigint
);

-- migrate:down irreversible
