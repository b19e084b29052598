-- revision: v1528470872
-- down_revision: v1528314953
-- message: concourse/concourse add_global_users

-- migrate:up
ALTER TABLE teams RENAME COLUMN auth TO legacy_auth;
ALTER TABLE teams ADD COLUMN auth text;

-- migrate:down
ALTER TABLE teams DROP COLUMN auth;
ALTER TABLE teams RENAME COLUMN legacy_auth TO auth;
