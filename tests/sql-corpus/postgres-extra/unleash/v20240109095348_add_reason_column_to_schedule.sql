-- revision: v20240109095348
-- down_revision: v20240109093021
-- message: Unleash/unleash add_reason_column_to_schedule

-- migrate:up
ALTER TABLE change_request_schedule ADD COLUMN reason TEXT;
         UPDATE change_request_schedule SET reason = failure_reason;

-- migrate:down irreversible
