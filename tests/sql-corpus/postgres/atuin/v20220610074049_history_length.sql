-- revision: v20220610074049
-- down_revision: v20220505082442
-- message: atuinsh/atuin history_length

-- migrate:up
-- Add migration script here
alter table history alter column data type text;

-- migrate:down irreversible
