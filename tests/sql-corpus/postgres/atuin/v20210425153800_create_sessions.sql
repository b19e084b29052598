-- revision: v20210425153800
-- down_revision: v20210425153757
-- message: atuinsh/atuin create_sessions

-- migrate:up
-- Add migration script here
create table sessions (
	id bigserial primary key,
	user_id bigserial,
	token varchar(128) unique not null
);

-- migrate:down irreversible
