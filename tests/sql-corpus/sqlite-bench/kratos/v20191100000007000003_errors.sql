-- revision: v20191100000007000003
-- down_revision: v20191100000007000002
-- message: ory/kratos errors

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE TABLE "_selfservice_errors_tmp" (
"id" TEXT PRIMARY KEY,
"errors" TEXT NOT NULL,
"seen_at" DATETIME,
"was_seen" bool NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);
