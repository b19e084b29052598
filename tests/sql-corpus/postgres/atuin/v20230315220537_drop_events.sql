-- revision: v20230315220537
-- down_revision: v20220610074049
-- message: atuinsh/atuin drop_events

-- migrate:up
-- Add migration script here
drop table events;

-- migrate:down irreversible
