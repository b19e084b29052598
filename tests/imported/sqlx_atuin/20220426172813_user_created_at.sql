-- revision: 20220426172813
-- down_revision: 20220421174016
-- message: user-created-at
-- imported from sqlx 20220426172813_user-created-at.sql

-- migrate:up
alter table users add column created_at timestamp not null default now();
-- migrate:down irreversible
