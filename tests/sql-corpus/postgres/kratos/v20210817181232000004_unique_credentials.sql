-- revision: v20210817181232000004
-- down_revision: v20210817181232000003
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ALTER COLUMN "identity_credential_type_id" TYPE UUID, ALTER COLUMN "identity_credential_type_id" SET NOT NULL;

-- migrate:down
-- empty down in the source history
