-- revision: v20260818000000
-- down_revision: v20260723000003
-- message: atuinsh/atuin history_author_kind

-- migrate:up
-- Whether a human or an agent ran the command. If null, we have to go off
-- the author name.
alter table history add column author_kind integer;

-- migrate:down irreversible
