-- revision: v20210410175418000021
-- down_revision: v20210410175418000020
-- message: ory/kratos network

-- migrate:up
UPDATE selfservice_settings_flows SET nid = (SELECT id FROM networks LIMIT 1);

-- migrate:down
CREATE TABLE "_identities_tmp" (
"id" TEXT PRIMARY KEY,
"schema_id" TEXT NOT NULL,
"traits" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL
);
