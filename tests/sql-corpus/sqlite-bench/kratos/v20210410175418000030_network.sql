-- revision: v20210410175418000030
-- down_revision: v20210410175418000029
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_errors SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
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
"template_data" BLOB
);
