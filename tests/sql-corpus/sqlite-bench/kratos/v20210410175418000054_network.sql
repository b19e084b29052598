-- revision: v20210410175418000054
-- down_revision: v20210410175418000053
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_courier_messages_tmp" RENAME TO "courier_messages";

-- migrate:down
DROP INDEX IF EXISTS "identity_verifiable_addresses_nid_idx";
