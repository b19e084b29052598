-- revision: v20250801183812
-- down_revision: v20250730194533
-- message: hatchet-dev/hatchet v1_0_35

-- migrate:up
-- +goose StatementBegin
ALTER TABLE v1_match
ADD COLUMN trigger_priority INTEGER;
-- +goose StatementEnd


-- migrate:down
-- +goose StatementBegin
ALTER TABLE v1_match
DROP COLUMN trigger_priority;
-- +goose StatementEnd
