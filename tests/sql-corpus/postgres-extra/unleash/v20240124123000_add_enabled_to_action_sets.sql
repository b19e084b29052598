-- revision: v20240124123000
-- down_revision: v20240119171200
-- message: Unleash/unleash add_enabled_to_action_sets

-- migrate:up
ALTER TABLE action_sets ADD COLUMN enabled BOOLEAN DEFAULT true;

-- migrate:down irreversible
