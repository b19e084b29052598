-- revision: 20231203124112
-- down_revision: 20231202170508
-- message: create-store-idx
-- imported from sqlx 20231203124112_create-store-idx.sql

-- migrate:up
-- Add migration script here
create unique index record_uniq ON store(user_id, host, tag, idx);
-- migrate:down irreversible
