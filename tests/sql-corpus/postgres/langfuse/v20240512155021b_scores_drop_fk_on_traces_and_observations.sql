-- revision: v20240512155021b
-- down_revision: v20240512155021
-- message: langfuse/langfuse scores_drop_fk_on_traces_and_observations

-- migrate:up
-- DropForeignKey
ALTER TABLE "scores" DROP CONSTRAINT "scores_observation_id_fkey";

-- DropForeignKey
ALTER TABLE "scores" DROP CONSTRAINT "scores_trace_id_fkey";

-- migrate:down irreversible
