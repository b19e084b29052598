-- revision: v20210410175418000167
-- down_revision: v20210410175418000166
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_verification_tokens_tmp" RENAME TO "identity_verification_tokens";

-- migrate:down
-- empty down in the source history
