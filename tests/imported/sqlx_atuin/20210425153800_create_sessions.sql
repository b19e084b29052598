-- revision: 20210425153800
-- down_revision: 20210425153757
-- message: create sessions
-- imported from sqlx 20210425153800_create_sessions.sql

-- migrate:up
-- Add migration script here
create table sessions (
	id bigserial primary key,
	user_id bigserial,
	token varchar(128) unique not null
);
-- migrate:down irreversible
