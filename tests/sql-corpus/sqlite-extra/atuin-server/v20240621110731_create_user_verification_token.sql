-- revision: v20240621110731
-- down_revision: v20240621110730
-- message: atuinsh/atuin create_user_verification_token

-- migrate:up
create table user_verification_token(
  id integer primary key autoincrement, 
  user_id bigint unique references users(id), 
  token text, 
  valid_until timestamp with time zone
);

-- migrate:down irreversible
