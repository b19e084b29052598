-- revision: v000008
-- down_revision: v000007
-- message: uber/cadence extend_workflow_id_length

-- migrate:up
ALTER TABLE executions_visibility ALTER workflow_id TYPE TEXT;

-- migrate:down irreversible
