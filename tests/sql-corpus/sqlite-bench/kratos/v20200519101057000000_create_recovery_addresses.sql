-- revision: v20200519101057000000
-- down_revision: v20200402142539000002
-- message: ory/kratos create_recovery_addresses

-- migrate:up
CREATE TABLE "identity_recovery_addresses" (
"id" TEXT PRIMARY KEY,
"via" TEXT NOT NULL,
"value" TEXT NOT NULL,
"identity_id" char(36) NOT NULL,
"created_at" DATETIME NOT NULL,
"updated_at" DATETIME NOT NULL,
FOREIGN KEY (identity_id) REFERENCES identities (id) ON DELETE cascade
);

-- migrate:down
DROP TABLE "identity_recovery_addresses";
