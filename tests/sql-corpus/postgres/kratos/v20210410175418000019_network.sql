-- revision: v20210410175418000019
-- down_revision: v20210410175418000018
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_errors_nid_idx" ON "selfservice_errors" (id, nid);

-- migrate:down
DROP INDEX "identity_verifiable_addresses_status_via_uq_idx";
