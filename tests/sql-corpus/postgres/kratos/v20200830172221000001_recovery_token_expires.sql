-- revision: v20200830172221000001
-- down_revision: v20200830172221000000
-- message: ory/kratos recovery_token_expires

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "issued_at" timestamp NOT NULL DEFAULT '2000-01-01 00:00:00';

-- migrate:down
ALTER TABLE "identity_recovery_tokens" DROP COLUMN "expires_at";
