-- revision: v20210504121624000010
-- down_revision: v20210504121624000009
-- message: ory/kratos add_identity_states

-- migrate:up
-- empty up in the source history

-- migrate:down
CREATE TABLE "_identities_tmp" (
"id" TEXT PRIMARY KEY,
"schema_id" TEXT NOT NULL,
"traits" TEXT NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"nid" char(36),
"state_changed_at" DATETIME
);
