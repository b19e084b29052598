-- revision: v20210817181232000001
-- down_revision: v20210817181232000000
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "identity_credential_type_id" UUID;

-- migrate:down
ALTER TABLE "identity_credential_identifiers" DROP COLUMN "identity_credential_type_id";
