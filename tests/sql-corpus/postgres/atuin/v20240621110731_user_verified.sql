-- revision: v20240621110731
-- down_revision: v20240614104159
-- message: atuinsh/atuin user_verified

-- migrate:up
alter table users add verified_at timestamp with time zone default null;

create table user_verification_token(
  id bigserial primary key, 
  user_id bigint unique references users(id), 
  token text, 
  valid_until timestamp with time zone
);

-- migrate:down irreversible
