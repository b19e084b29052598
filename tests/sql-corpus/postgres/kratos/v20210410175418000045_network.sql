-- revision: v20210410175418000045
-- down_revision: v20210410175418000044
-- message: ory/kratos network

-- migrate:up
DROP INDEX "identity_credential_identifiers_identifier_idx";

-- migrate:down
-- empty down in the source history
