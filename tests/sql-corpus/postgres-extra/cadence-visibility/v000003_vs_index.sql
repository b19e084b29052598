-- revision: v000003
-- down_revision: v000002
-- message: uber/cadence vs_index

-- migrate:up
CREATE INDEX by_close_time_by_status ON executions_visibility (domain_id, close_time DESC, run_id, close_status);

-- migrate:down irreversible
