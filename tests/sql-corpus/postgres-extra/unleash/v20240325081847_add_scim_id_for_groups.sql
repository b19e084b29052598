-- revision: v20240325081847
-- down_revision: v20240306145609
-- message: Unleash/unleash add_scim_id_for_groups

-- migrate:up
ALTER TABLE groups ADD COLUMN scim_id TEXT;
  CREATE UNIQUE INDEX groups_scim_id_unique_idx ON groups(scim_id) WHERE scim_id IS NOT NULL;

-- migrate:down irreversible
