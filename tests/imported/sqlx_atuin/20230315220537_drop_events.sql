-- revision: 20230315220537
-- down_revision: 20220610074049
-- message: drop-events
-- imported from sqlx 20230315220537_drop-events.sql

-- migrate:up
-- Add migration script here
drop table events;
-- migrate:down irreversible
