-- revision: v20240304084102
-- down_revision: v20240229093231
-- message: Unleash/unleash rename_observable_events_to_signals

-- migrate:up
-- Drop existing indexes that will be recreated with new names
        DROP INDEX IF EXISTS idx_action_set_events_observable_event_id;
        DROP INDEX IF EXISTS observable_events_source_and_source_id_idx;
        DROP INDEX IF EXISTS observable_events_created_by_incoming_webhook_token_id_idx;
        DROP INDEX IF EXISTS observable_events_unannounced_idx;
        DROP INDEX IF EXISTS incoming_webhooks_enabled_idx;
        DROP INDEX IF EXISTS incoming_webhook_tokens_webhook_id_idx;

        -- Rename columns and tables to the new names
        ALTER TABLE action_set_events RENAME COLUMN observable_event_id TO signal_id;
        ALTER TABLE action_set_events RENAME COLUMN observable_event TO signal;

        ALTER TABLE observable_events RENAME TO signals;
        ALTER TABLE signals RENAME COLUMN created_by_incoming_webhook_token_id TO created_by_source_token_id;

        ALTER TABLE incoming_webhooks RENAME TO signal_endpoints;
        ALTER TABLE incoming_webhook_tokens RENAME TO signal_endpoint_tokens;
        ALTER TABLE signal_endpoint_tokens RENAME COLUMN incoming_webhook_id TO signal_endpoint_id;

        -- Create new indexes with the new names
        CREATE INDEX IF NOT EXISTS idx_action_set_events_signal_id ON action_set_events(signal_id);

        CREATE INDEX IF NOT EXISTS idx_signals_source_and_source_id ON signals(source, source_id);
        CREATE INDEX IF NOT EXISTS idx_signals_created_by_source_token_id ON signals(created_by_source_token_id);
        CREATE INDEX IF NOT EXISTS idx_signals_unannounced ON signals(announced) WHERE announced = false;

        CREATE INDEX IF NOT EXISTS idx_signal_endpoints_enabled ON signal_endpoints(enabled);
        CREATE INDEX IF NOT EXISTS idx_signal_endpoint_tokens_signal_endpoint_id ON signal_endpoint_tokens(signal_endpoint_id);

        -- Add new description column to action_sets
        ALTER TABLE action_sets ADD COLUMN IF NOT EXISTS description TEXT;

-- migrate:down irreversible
