-- revision: v20191100000001000004
-- down_revision: v20191100000001000003
-- message: ory/kratos identities

-- migrate:up
CREATE TABLE "identity_credential_identifiers" (
"id" TEXT PRIMARY KEY,
"identifier" TEXT NOT NULL,
"identity_credential_id" char(36) NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
FOREIGN KEY (identity_credential_id) REFERENCES identity_credentials (id) ON DELETE cascade
);

-- migrate:down
-- empty down in the source history
