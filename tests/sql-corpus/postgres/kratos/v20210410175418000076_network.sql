-- revision: v20210410175418000076
-- down_revision: v20210410175418000075
-- message: ory/kratos network

-- migrate:up
DROP INDEX "identity_verifiable_addresses_status_via_uq_idx";

-- migrate:down
-- empty down in the source history
