-- revision: v20260127000000
-- down_revision: v20240702094825
-- message: atuinsh/atuin remove_email_verification

-- migrate:up
drop table if exists user_verification_token;
alter table users drop column if exists verified_at;

-- migrate:down irreversible
