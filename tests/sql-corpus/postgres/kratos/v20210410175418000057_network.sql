-- revision: v20210410175418000057
-- down_revision: v20210410175418000056
-- message: ory/kratos network

-- migrate:up
DROP INDEX "identity_recovery_addresses_status_via_uq_idx";

-- migrate:down
-- empty down in the source history
