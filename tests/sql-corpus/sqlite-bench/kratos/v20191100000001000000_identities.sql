-- revision: v20191100000001000000
-- down_revision: v20150100000001000000
-- message: ory/kratos identities

-- migrate:up
CREATE TABLE "identities" (
"id" TEXT PRIMARY KEY,
"traits_schema_id" TEXT NOT NULL,
"traits" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);

-- migrate:down
DROP TABLE "identities";
