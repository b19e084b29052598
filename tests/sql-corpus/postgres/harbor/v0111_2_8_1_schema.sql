-- revision: v0111
-- down_revision: v0110
-- message: goharbor/harbor 2_8_1_schema

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_task_extra_attrs_report_uuids ON task USING gin ((extra_attrs::jsonb->'report_uuids'));

-- migrate:down irreversible
