-- revision: v20210817181232000001
-- down_revision: v20210817181232000000
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE "identity_credential_identifiers" ADD COLUMN "identity_credential_type_id" char(36);

-- migrate:down
ALTER TABLE "_identity_credential_identifiers_tmp" RENAME TO "identity_credential_identifiers";
