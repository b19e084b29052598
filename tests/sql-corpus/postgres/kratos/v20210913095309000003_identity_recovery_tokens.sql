-- revision: v20210913095309000003
-- down_revision: v20210913095309000002
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
ALTER TABLE "identity_recovery_tokens" ALTER COLUMN "identity_id" TYPE UUID, ALTER COLUMN "identity_id" SET NOT NULL;

-- migrate:down
DELETE FROM identity_recovery_tokens WHERE identity_recovery_address_id IS NULL;
