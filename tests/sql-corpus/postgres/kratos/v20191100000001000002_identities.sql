-- revision: v20191100000001000002
-- down_revision: v20191100000001000001
-- message: ory/kratos identities

-- migrate:up
CREATE UNIQUE INDEX "identity_credential_types_name_idx" ON "identity_credential_types" (name);

-- migrate:down
DROP TABLE "identity_credentials";
