-- revision: v20240220130622
-- down_revision: v20240215133213
-- message: Unleash/unleash add_action_state_indexes

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_action_states_action_id ON action_states(action_id);
        CREATE INDEX IF NOT EXISTS idx_action_states_observable_event_id ON action_states(observable_event_id);
        CREATE INDEX IF NOT EXISTS idx_action_states_action_observable ON action_states(action_id, observable_event_id);

-- migrate:down irreversible
