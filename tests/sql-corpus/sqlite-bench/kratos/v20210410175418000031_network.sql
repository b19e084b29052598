-- revision: v20210410175418000031
-- down_revision: v20210410175418000030
-- message: ory/kratos network

-- migrate:up
CREATE TABLE "_selfservice_errors_tmp" (
"id" TEXT PRIMARY KEY,
"errors" TEXT NOT NULL,
"seen_at" DATETIME,
"was_seen" bool NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"csrf_token" TEXT NOT NULL DEFAULT '',
"nid" char(36)
);

-- migrate:down
DROP INDEX IF EXISTS "courier_messages_status_idx";
