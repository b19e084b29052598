-- revision: v20250221143400
-- down_revision: v20250220141500
-- message: langfuse/langfuse drop_trace_view_observation_view

-- migrate:up
DROP VIEW IF EXISTS "observations_view";
DROP VIEW IF EXISTS "traces_view";

-- migrate:down irreversible
