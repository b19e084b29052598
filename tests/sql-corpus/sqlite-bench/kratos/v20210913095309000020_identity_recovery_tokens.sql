-- revision: v20210913095309000020
-- down_revision: v20210913095309000019
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
-- empty up in the source history

-- migrate:down
DELETE FROM identity_recovery_tokens WHERE identity_recovery_address_id IS NULL;
