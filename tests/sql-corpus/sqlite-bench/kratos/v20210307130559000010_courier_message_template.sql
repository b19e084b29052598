-- revision: v20210307130559000010
-- down_revision: v20210307130559000009
-- message: ory/kratos courier_message_template

-- migrate:up
-- empty up in the source history

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
"template_data" BLOB
);
