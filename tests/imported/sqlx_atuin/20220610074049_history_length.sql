-- revision: 20220610074049
-- down_revision: 20220505082442
-- message: history-length
-- imported from sqlx 20220610074049_history-length.sql

-- migrate:up
-- Add migration script here
alter table history alter column data type text;
-- migrate:down irreversible
