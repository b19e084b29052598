-- revision: v20210410175418000053
-- down_revision: v20210410175418000052
-- message: ory/kratos network

-- migrate:up
DROP TABLE "courier_messages";

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_nid_idx";
