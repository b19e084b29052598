-- revision: v20210410175418000058
-- down_revision: v20210410175418000057
-- message: ory/kratos network

-- migrate:up
ALTER TABLE identities ADD COLUMN nid CHAR(36) NULL REFERENCES networks(id) ON DELETE CASCADE ON UPDATE RESTRICT;

-- migrate:down
DROP INDEX IF EXISTS "courier_messages_nid_idx";
