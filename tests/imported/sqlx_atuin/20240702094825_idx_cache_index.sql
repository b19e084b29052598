-- revision: 20240702094825
-- down_revision: 20240621110731
-- message: idx cache index
-- imported from sqlx 20240702094825_idx_cache_index.sql

-- migrate:up
create unique index store_idx_cache_uniq on store_idx_cache(user_id, host, tag);
-- migrate:down irreversible
