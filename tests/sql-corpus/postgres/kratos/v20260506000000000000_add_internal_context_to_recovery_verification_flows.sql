-- revision: v20260506000000000000
-- down_revision: v20260430000000000000
-- message: ory/kratos add_internal_context_to_recovery_verification_flows

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN IF NOT EXISTS "internal_context" jsonb;
ALTER TABLE "selfservice_verification_flows" ADD COLUMN IF NOT EXISTS "internal_context" jsonb;

-- migrate:down
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN IF EXISTS "internal_context";
ALTER TABLE "selfservice_verification_flows" DROP COLUMN IF EXISTS "internal_context";
