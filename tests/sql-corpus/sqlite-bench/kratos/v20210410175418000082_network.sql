-- revision: v20210410175418000082
-- down_revision: v20210410175418000081
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_credential_identifiers";

-- migrate:down
-- empty down in the source history
