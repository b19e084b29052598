-- revision: v20210913095309000011
-- down_revision: v20210913095309000010
-- message: ory/kratos identity_recovery_tokens

-- migrate:up
UPDATE identity_recovery_tokens SET identity_id=(SELECT identity_id FROM identity_recovery_addresses WHERE id=identity_recovery_address_id) WHERE identity_id = '' OR identity_id IS NULL;

-- migrate:down
DROP TABLE "identity_recovery_tokens";
