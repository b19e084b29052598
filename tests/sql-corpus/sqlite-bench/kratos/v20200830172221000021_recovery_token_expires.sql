-- revision: v20200830172221000021
-- down_revision: v20200830172221000020
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP TABLE "identity_recovery_tokens";
