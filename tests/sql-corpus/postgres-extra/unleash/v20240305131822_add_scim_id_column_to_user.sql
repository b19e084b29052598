-- revision: v20240305131822
-- down_revision: v20240305121702
-- message: Unleash/unleash add_scim_id_column_to_user

-- migrate:up
ALTER TABLE users ADD COLUMN scim_id TEXT;
    CREATE INDEX IF NOT EXISTS users_scim_id_uniq_idx ON users (scim_id) WHERE scim_id IS NOT NULL;

-- migrate:down irreversible
