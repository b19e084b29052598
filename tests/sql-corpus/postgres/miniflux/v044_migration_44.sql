-- revision: v044
-- down_revision: v043
-- message: miniflux/v2 migration_44

-- migrate:up
ALTER TABLE users DROP COLUMN IF EXISTS extra;
CREATE UNIQUE INDEX users_google_id_idx ON users(google_id) WHERE google_id <> '';
CREATE UNIQUE INDEX users_openid_connect_id_idx ON users(openid_connect_id) WHERE openid_connect_id <> '';

-- migrate:down irreversible
