-- revision: v20210410175418000000
-- down_revision: v20210311102338000024
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "selfservice_login_flows" ADD COLUMN "nid" UUID;

-- migrate:down
CREATE INDEX "identity_verifiable_addresses_status_via_idx" ON "identity_verifiable_addresses" (via, value);
