-- revision: v20231213111906
-- down_revision: v20231212094044
-- message: Unleash/unleash add_reason_to_change_request_schedule

-- migrate:up
ALTER TABLE change_request_schedule ADD COLUMN failure_reason text;

-- migrate:down irreversible
