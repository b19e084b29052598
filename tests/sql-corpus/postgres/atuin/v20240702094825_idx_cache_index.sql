-- revision: v20240702094825
-- down_revision: v20240621110731
-- message: atuinsh/atuin idx_cache_index

-- migrate:up
create unique index store_idx_cache_uniq on store_idx_cache(user_id, host, tag);

-- migrate:down irreversible
