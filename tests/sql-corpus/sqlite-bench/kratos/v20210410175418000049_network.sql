-- revision: v20210410175418000049
-- down_revision: v20210410175418000048
-- message: ory/kratos network

-- migrate:up
DROP INDEX IF EXISTS "courier_messages_status_idx";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_status_via_uq_idx";
