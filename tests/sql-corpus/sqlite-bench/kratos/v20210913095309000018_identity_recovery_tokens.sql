-- revision: v20210913095309000018
-- down_revision: v20210913095309000017
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
DROP INDEX IF EXISTS "identity_recovery_addresses_code_idx";
