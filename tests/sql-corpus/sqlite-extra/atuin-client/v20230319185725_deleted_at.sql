-- revision: v20230319185725
-- down_revision: v20230315220114
-- message: atuinsh/atuin deleted_at

-- migrate:up
-- Add migration script here
alter table history add column deleted_at integer;

-- migrate:down irreversible
