-- revision: v20210410175418000148
-- down_revision: v20210410175418000147
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_uq_idx";

-- migrate:down
-- empty down in the source history
