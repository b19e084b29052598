-- revision: v20210410175418000102
-- down_revision: v20210410175418000101
-- message: ory/kratos network

-- migrate:up
CREATE TABLE "_identity_recovery_addresses_tmp" (
"id" TEXT PRIMARY KEY,
"via" TEXT NOT NULL,
"value" TEXT NOT NULL,
"identity_id" char(36) NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
"nid" char(36),
FOREIGN KEY (identity_id) REFERENCES identities (id) ON UPDATE NO ACTION ON DELETE CASCADE
);

-- migrate:down
-- empty down in the source history
