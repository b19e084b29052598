-- revision: 20240108124837
-- down_revision: 20231203124112
-- message: drop-some-defaults
-- imported from sqlx 20240108124837_drop-some-defaults.sql

-- migrate:up
-- Add migration script here
alter table history alter column user_id drop default;
alter table sessions alter column user_id drop default;
alter table total_history_count_user alter column user_id drop default;
-- migrate:down irreversible
