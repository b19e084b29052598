-- revision: v20210410175418000017
-- down_revision: v20210410175418000016
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_errors SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
DROP INDEX "identity_recovery_addresses_status_via_uq_idx";
