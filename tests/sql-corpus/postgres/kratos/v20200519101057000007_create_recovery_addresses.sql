-- revision: v20200519101057000007
-- down_revision: v20200519101057000006
-- message: ory/kratos create_recovery_addresses

-- migrate:up
CREATE INDEX "identity_recovery_addresses_code_idx" ON "identity_recovery_tokens" (token);

-- migrate:down
-- empty down in the source history
