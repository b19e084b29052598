-- revision: v20220301102701000001
-- down_revision: v20220301102701000000
-- message: ory/kratos identity_credentials_version

-- migrate:up
-- empty up in the source history

-- migrate:down
ALTER TABLE identity_credentials DROP COLUMN version;
