-- revision: v20210817181232000010
-- down_revision: v20210817181232000009
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE "_identity_credential_identifiers_tmp" RENAME TO "identity_credential_identifiers";

-- migrate:down
-- empty down in the source history
