-- revision: v20230315220114
-- down_revision: v20220806155627
-- message: atuinsh/atuin drop_events

-- migrate:up
-- Add migration script here
drop table events;

-- migrate:down irreversible
