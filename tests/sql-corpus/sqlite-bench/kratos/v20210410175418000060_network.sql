-- revision: v20210410175418000060
-- down_revision: v20210410175418000059
-- message: ory/kratos network

-- migrate:up
CREATE TABLE "_identities_tmp" (
"id" TEXT PRIMARY KEY,
"schema_id" TEXT NOT NULL,
"traits" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"nid" char(36)
);

-- migrate:down
DROP INDEX IF EXISTS "selfservice_settings_flows_nid_idx";
