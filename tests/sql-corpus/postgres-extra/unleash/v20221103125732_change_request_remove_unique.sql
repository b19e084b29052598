-- revision: v20221103125732
-- down_revision: v20221103112200
-- message: Unleash/unleash change_request_remove_unique

-- migrate:up
ALTER TABLE change_request_events
                DROP CONSTRAINT change_request_events_feature_action_change_request_id_key;

-- migrate:down irreversible
