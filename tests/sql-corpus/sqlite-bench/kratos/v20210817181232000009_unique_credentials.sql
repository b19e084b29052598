-- revision: v20210817181232000009
-- down_revision: v20210817181232000008
-- message: ory/kratos unique_credentials

-- migrate:up
DROP TABLE "identity_credential_identifiers";

-- migrate:down
-- empty down in the source history
