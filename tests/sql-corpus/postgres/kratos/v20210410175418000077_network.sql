-- revision: v20210410175418000077
-- down_revision: v20210410175418000076
-- message: ory/kratos network

-- migrate:up
DROP INDEX "identity_verifiable_addresses_status_via_idx";

-- migrate:down
-- empty down in the source history
