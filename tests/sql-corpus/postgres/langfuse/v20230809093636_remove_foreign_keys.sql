-- revision: v20230809093636
-- down_revision: v20230803093326
-- message: langfuse/langfuse remove_foreign_keys

-- migrate:up
-- DropForeignKey
ALTER TABLE "observations" DROP CONSTRAINT "observations_parent_observation_id_fkey";

-- DropForeignKey
ALTER TABLE "observations" DROP CONSTRAINT "observations_trace_id_fkey";

-- migrate:down irreversible
