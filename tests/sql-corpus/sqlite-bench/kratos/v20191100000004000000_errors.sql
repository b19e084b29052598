-- revision: v20191100000004000000
-- down_revision: v20191100000003000000
-- message: ory/kratos errors

-- migrate:up
CREATE TABLE "selfservice_errors" (
"id" TEXT PRIMARY KEY,
"errors" TEXT NOT NULL,
"seen_at" DATETIME NOT NULL,
"was_seen" bool NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);

-- migrate:down
DROP TABLE "selfservice_errors";
