-- revision: v20260519132345
-- down_revision: v20260517121831
-- message: openmeterio/openmeter reset_sync_state

-- migrate:up
-- force sync all subscriptions
DELETE FROM "subscription_billing_sync_states";

-- migrate:down
-- empty down in the source history
