-- revision: v20210913095309000000
-- down_revision: v20210829131458000000
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ALTER COLUMN "identity_recovery_address_id" TYPE UUID, ALTER COLUMN "identity_recovery_address_id" DROP NOT NULL;

-- migrate:down
ALTER TABLE "identity_recovery_tokens" DROP COLUMN "identity_id";
