-- revision: v20210410175418000035
-- down_revision: v20210410175418000034
-- message: ory/kratos network

-- migrate:up
CREATE INDEX "selfservice_errors_nid_idx" ON "selfservice_errors" (id, nid);

-- migrate:down
CREATE TABLE "_continuity_containers_tmp" (
"id" TEXT PRIMARY KEY,
"identity_id" char(36),
"name" TEXT NOT NULL,
"payload" TEXT,
"expires_at" DATETIME NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE NO ACTION ON DELETE CASCADE
);
