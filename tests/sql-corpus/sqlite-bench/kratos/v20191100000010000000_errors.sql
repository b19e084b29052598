-- revision: v20191100000010000000
-- down_revision: v20191100000008000005
-- message: ory/kratos errors

-- migrate:up
CREATE TABLE "_selfservice_errors_tmp" (
"id" TEXT PRIMARY KEY,
"errors" TEXT NOT NULL,
"seen_at" DATETIME,
"was_seen" bool NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"csrf_token" TEXT NOT NULL DEFAULT ''
);

-- migrate:down
ALTER TABLE "_selfservice_errors_tmp" RENAME TO "selfservice_errors";
