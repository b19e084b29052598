-- revision: v20210410175418000140
-- down_revision: v20210410175418000139
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_idx";

-- migrate:down
-- empty down in the source history
