-- revision: v20210913095309000001
-- down_revision: v20210913095309000000
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ADD COLUMN "identity_id" UUID;

-- migrate:down
ALTER TABLE "identity_recovery_tokens" DROP CONSTRAINT "identity_recovery_tokens_identity_id_fk_idx";
