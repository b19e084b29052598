-- revision: v20210410175418000002
-- down_revision: v20210410175418000001
-- message: ory/kratos network

-- migrate:up
ALTER TABLE selfservice_login_flows ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
CREATE INDEX "identity_recovery_addresses_status_via_idx" ON "identity_recovery_addresses" (via, value);
