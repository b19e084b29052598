-- revision: v20200830121710000000
-- down_revision: v20200812160551000000
-- message: ory/kratos update_recovery_token

-- migrate:up
ALTER TABLE "identity_recovery_tokens" RENAME COLUMN "selfservice_recovery_request_id" TO "selfservice_recovery_flow_id";

-- migrate:down
ALTER TABLE "identity_recovery_tokens" RENAME COLUMN "selfservice_recovery_flow_id" TO "selfservice_recovery_request_id";
