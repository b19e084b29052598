-- revision: b181f0be8208
-- down_revision: 31d662178679
-- message: polarsource/polar add_slackapp_encrypted_secret_columns

-- migrate:up
-- alembic: upgrade 31d662178679 -> b181f0be8208

SET LOCAL lock_timeout = '5s';

ALTER TABLE slack_apps ADD COLUMN client_secret_encrypted TEXT;

ALTER TABLE slack_apps ADD COLUMN signing_secret_encrypted TEXT;

ALTER TABLE slack_apps ADD COLUMN bot_token_encrypted TEXT;

-- migrate:down
-- alembic: downgrade b181f0be8208 -> 31d662178679

SET LOCAL lock_timeout = '5s';

ALTER TABLE slack_apps DROP COLUMN bot_token_encrypted;

ALTER TABLE slack_apps DROP COLUMN signing_secret_encrypted;

ALTER TABLE slack_apps DROP COLUMN client_secret_encrypted;
