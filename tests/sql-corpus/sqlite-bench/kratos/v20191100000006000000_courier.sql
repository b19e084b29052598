-- revision: v20191100000006000000
-- down_revision: v20191100000004000000
-- message: ory/kratos courier

-- migrate:up
CREATE TABLE "courier_messages" (
"id" TEXT PRIMARY KEY,
"type" INTEGER NOT NULL,
"status" INTEGER NOT NULL,
"body" TEXT NOT NULL,
"subject" TEXT NOT NULL,
"recipient" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);

-- migrate:down
DROP TABLE "courier_messages";
