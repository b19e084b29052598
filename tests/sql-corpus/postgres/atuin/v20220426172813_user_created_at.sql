-- revision: v20220426172813
-- down_revision: v20220421174016
-- message: atuinsh/atuin user_created_at

-- migrate:up
alter table users add column created_at timestamp not null default now();

-- migrate:down irreversible
