-- revision: v20240430075605
-- down_revision: v20240425132155
-- message: Unleash/unleash add_scim_external_id

-- migrate:up
ALTER TABLE users ADD COLUMN scim_external_id TEXT;
        ALTER TABLE groups ADD COLUMN scim_external_id TEXT;
        CREATE UNIQUE INDEX users_scim_external_id_uniq_idx on users(scim_external_id) WHERE scim_external_id IS NOT NULL;
        CREATE UNIQUE INDEX groups_scim_external_id_uniq_idx ON groups(scim_external_id) WHERE scim_external_id IS NOT NULL;

-- migrate:down irreversible
