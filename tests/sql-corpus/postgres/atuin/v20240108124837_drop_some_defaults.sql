-- revision: v20240108124837
-- down_revision: v20231203124112
-- message: atuinsh/atuin drop_some_defaults

-- migrate:up
-- Add migration script here
alter table history alter column user_id drop default;
alter table sessions alter column user_id drop default;
alter table total_history_count_user alter column user_id drop default;

-- migrate:down irreversible
