-- revision: v20210913095309000019
-- down_revision: v20210913095309000018
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_uq_idx";
