-- revision: v20210410175418000124
-- down_revision: v20210410175418000123
-- message: ory/kratos network

-- migrate:up
ALTER TABLE "_identity_recovery_tokens_tmp" RENAME TO "identity_recovery_tokens";

-- migrate:down
-- empty down in the source history
