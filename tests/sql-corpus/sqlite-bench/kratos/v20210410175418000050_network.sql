-- revision: v20210410175418000050
-- down_revision: v20210410175418000049
-- message: ory/kratos network

-- migrate:up
CREATE TABLE "_courier_messages_tmp" (
"id" TEXT PRIMARY KEY,
"type" INTEGER NOT NULL,
"status" INTEGER NOT NULL,
"body" TEXT NOT NULL,
"subject" TEXT NOT NULL,
"recipient" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"template_type" TEXT NOT NULL DEFAULT '',
"template_data" BLOB,
"nid" char(36)
);

-- migrate:down
DROP INDEX IF EXISTS "identity_verifiable_addresses_status_via_idx";
