-- revision: v01_23
-- down_revision: v01_22
-- message: kestra-io/kestra execution_queued_index

-- migrate:up
DROP INDEX execution_queued__flow;
CREATE INDEX IF NOT EXISTS execution_queued__flow_date ON execution_queued ("tenant_id", "namespace", "flow_id", "date" );

-- migrate:down irreversible
