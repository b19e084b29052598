-- revision: v20210410175418000051
-- down_revision: v20210410175418000050
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "courier_messages_status_idx" ON "_courier_messages_tmp" (status);

-- migrate:down
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_uq_idx";
