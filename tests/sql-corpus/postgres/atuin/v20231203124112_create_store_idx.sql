-- revision: v20231203124112
-- down_revision: v20231202170508
-- message: atuinsh/atuin create_store_idx

-- migrate:up
-- Add migration script here
create unique index record_uniq ON store(user_id, host, tag, idx);

-- migrate:down irreversible
