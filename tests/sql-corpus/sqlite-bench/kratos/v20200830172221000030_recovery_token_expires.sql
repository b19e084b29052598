-- revision: v20200830172221000030
-- down_revision: v20200830172221000029
-- message: ory/kratos recovery_token_expires

-- migrate:up
-- empty up in the source history

-- migrate:down
DELETE FROM identity_recovery_tokens WHERE selfservice_recovery_flow_id IS NULL;
