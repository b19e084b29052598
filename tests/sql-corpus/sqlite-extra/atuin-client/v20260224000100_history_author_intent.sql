-- revision: v20260224000100
-- down_revision: v20230319185725
-- message: atuinsh/atuin history_author_intent

-- migrate:up
alter table history add column author text;
alter table history add column intent text;

-- migrate:down irreversible
