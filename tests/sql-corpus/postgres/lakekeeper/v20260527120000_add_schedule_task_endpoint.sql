-- revision: v20260527120000
-- down_revision: v20260525120000
-- message: lakekeeper/lakekeeper add_schedule_task_endpoint

-- migrate:up
ALTER TYPE api_endpoints ADD VALUE IF NOT EXISTS 'management-v1-schedule-task';

-- migrate:down irreversible
