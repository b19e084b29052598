-- revision: 20240621110731
-- down_revision: 20240614104159
-- message: user-verified
-- imported from sqlx 20240621110731_user-verified.sql

-- migrate:up
alter table users add verified_at timestamp with time zone default null;

create table user_verification_token(
  id bigserial primary key, 
  user_id bigint unique references users(id), 
  token text, 
  valid_until timestamp with time zone
);
-- migrate:down irreversible
