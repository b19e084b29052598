-- revision: v20220420102701000000
-- down_revision: v20220301102701000001
-- message: ory/kratos identity_metadata

-- migrate:up
ALTER TABLE identities ADD metadata_public jsonb NULL;
ALTER TABLE identities ADD metadata_admin jsonb NULL;

-- migrate:down
ALTER TABLE identities DROP COLUMN metadata_public;
ALTER TABLE identities DROP COLUMN metadata_admin;
