-- revision: v20260506000000000000
-- down_revision: v20260430000000000000
-- message: ory/kratos add_internal_context_to_recovery_verification_flows

-- migrate:up
ALTER TABLE "selfservice_recovery_flows" ADD COLUMN "internal_context" TEXT;
ALTER TABLE "selfservice_verification_flows" ADD COLUMN "internal_context" TEXT;

-- migrate:down
ALTER TABLE "selfservice_recovery_flows" DROP COLUMN "internal_context";
ALTER TABLE "selfservice_verification_flows" DROP COLUMN "internal_context";
