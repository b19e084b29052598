-- revision: v20200830172221000003
-- down_revision: v20200830172221000002
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
DELETE FROM identity_recovery_tokens WHERE selfservice_recovery_flow_id IS NULL;
