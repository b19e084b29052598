-- revision: v20210410175418000002
-- down_revision: v20210410175418000001
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_login_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
CREATE INDEX "identity_recovery_addresses_status_via_idx" ON "identity_recovery_addresses" (via, value);
