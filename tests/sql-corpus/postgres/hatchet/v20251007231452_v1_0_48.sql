-- revision: v20251007231452
-- down_revision: v20251007220652
-- message: hatchet-dev/hatchet v1_0_48

-- migrate:up
-- +goose StatementBegin
ALTER TYPE v1_payload_type ADD VALUE IF NOT EXISTS 'TASK_EVENT_DATA';
ALTER TABLE v1_task_event
    ADD COLUMN external_id UUID,
    ADD COLUMN inserted_at TIMESTAMPTZ;
;
ALTER TABLE v1_task_event ALTER COLUMN inserted_at SET DEFAULT CURRENT_TIMESTAMP;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_task_event
DROP COLUMN external_id,
DROP COLUMN inserted_at;
-- +goose StatementEnd
