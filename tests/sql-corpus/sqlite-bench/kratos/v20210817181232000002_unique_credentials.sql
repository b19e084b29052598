-- revision: v20210817181232000002
-- down_revision: v20210817181232000001
-- message: ory/kratos unique_credentials

-- migrate:up
ALTER TABLE identity_credential_identifiers DROP COLUMN identity_credential_type_id;

-- migrate:down

DROP TABLE "identity_credential_identifiers";
