-- revision: v20240221115502
-- down_revision: v20240221082758
-- message: Unleash/unleash drop_action_states

-- migrate:up
DROP INDEX IF EXISTS idx_action_states_action_id;
        DROP INDEX IF EXISTS idx_action_states_observable_event_id;
        DROP INDEX IF EXISTS idx_action_states_action_observable;

        DROP TABLE IF EXISTS action_states;

-- migrate:down irreversible
