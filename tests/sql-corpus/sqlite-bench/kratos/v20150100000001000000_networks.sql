-- revision: v20150100000001000000
-- down_revision: none
-- message: ory/kratos networks

-- migrate:up
CREATE TABLE "networks" (
"id" TEXT PRIMARY KEY,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);

-- migrate:down
DROP TABLE "networks";
