-- revision: v20220301102701000000
-- down_revision: v20220118104539000003
-- message: ory/kratos identity_credentials_version

-- migrate:up
ALTER TABLE identity_credentials ADD version INT NOT NULL DEFAULT '0';

-- migrate:down
-- empty down in the source history
