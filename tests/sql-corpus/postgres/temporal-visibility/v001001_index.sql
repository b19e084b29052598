-- revision: v001001
-- down_revision: v001000
-- message: temporalio/temporal index

-- migrate:up
CREATE INDEX by_close_time_by_status ON executions_visibility (namespace_id, close_time DESC, run_id, status);

-- migrate:down irreversible
