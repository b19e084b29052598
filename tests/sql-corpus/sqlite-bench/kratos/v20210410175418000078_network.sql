-- revision: v20210410175418000078
-- down_revision: v20210410175418000077
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_credential_identifiers_identifier_idx";

-- migrate:down
-- empty down in the source history
