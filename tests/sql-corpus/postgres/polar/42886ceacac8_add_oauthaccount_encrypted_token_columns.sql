-- revision: 42886ceacac8
-- down_revision: f159733f3ae6
-- message: polarsource/polar add_oauthaccount_encrypted_token_columns

-- migrate:up
-- alembic: upgrade f159733f3ae6 -> 42886ceacac8

SET LOCAL lock_timeout = '5s';

ALTER TABLE oauth_accounts ADD COLUMN access_token_encrypted TEXT;

ALTER TABLE oauth_accounts ADD COLUMN refresh_token_encrypted TEXT;

-- migrate:down
-- alembic: downgrade 42886ceacac8 -> f159733f3ae6

SET LOCAL lock_timeout = '5s';

ALTER TABLE oauth_accounts DROP COLUMN refresh_token_encrypted;

ALTER TABLE oauth_accounts DROP COLUMN access_token_encrypted;
