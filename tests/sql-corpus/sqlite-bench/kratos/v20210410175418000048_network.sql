-- revision: v20210410175418000048
-- down_revision: v20210410175418000047
-- message: ory/kratos network

-- migrate:up
UPDATE courier_messages SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_status_via_idx";
