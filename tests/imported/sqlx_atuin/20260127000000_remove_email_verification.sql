-- revision: 20260127000000
-- down_revision: 20240702094825
-- message: remove-email-verification
-- imported from sqlx 20260127000000_remove-email-verification.sql

-- migrate:up
drop table if exists user_verification_token;
alter table users drop column if exists verified_at;
-- migrate:down irreversible
