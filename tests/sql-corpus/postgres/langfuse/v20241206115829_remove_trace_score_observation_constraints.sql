-- revision: v20241206115829
-- down_revision: v20241125124029
-- message: langfuse/langfuse remove_trace_score_observation_constraints

-- migrate:up
-- DropForeignKey
ALTER TABLE "job_executions" DROP CONSTRAINT "job_executions_job_output_score_id_fkey";

-- DropForeignKey
ALTER TABLE "traces" DROP CONSTRAINT "traces_session_id_project_id_fkey";

-- migrate:down irreversible
