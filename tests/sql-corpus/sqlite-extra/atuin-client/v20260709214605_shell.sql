-- revision: v20260709214605
-- down_revision: v20260224000100
-- message: atuinsh/atuin shell

-- migrate:up
alter table history add column shell text;

-- migrate:down irreversible
