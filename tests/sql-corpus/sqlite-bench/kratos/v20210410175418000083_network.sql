-- revision: v20210410175418000083
-- down_revision: v20210410175418000082
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_credential_identifiers_tmp" RENAME TO "identity_credential_identifiers";

-- migrate:down
-- empty down in the source history
