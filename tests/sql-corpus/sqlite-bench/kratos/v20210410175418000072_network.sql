-- revision: v20210410175418000072
-- down_revision: v20210410175418000071
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_credentials_tmp" RENAME TO "identity_credentials";

-- migrate:down
-- empty down in the source history
