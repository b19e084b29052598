-- revision: v20210410175418000166
-- down_revision: v20210410175418000165
-- message: ory/kratos network

-- migrate:up
DROP TABLE "identity_verification_tokens";

-- migrate:down
-- empty down in the source history
