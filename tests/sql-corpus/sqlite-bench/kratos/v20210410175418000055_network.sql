-- revision: v20210410175418000055
-- down_revision: v20210410175418000054
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "courier_messages_nid_idx" ON "courier_messages" (id, nid);

-- migrate:down
DROP INDEX IF EXISTS "identity_credentials_nid_idx";
