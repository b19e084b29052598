-- revision: v20250214173309
-- down_revision: v20250211123300
-- message: langfuse/langfuse add_timescope_to_configs

-- migrate:up
-- AlterTable
ALTER TABLE "job_configurations" ADD COLUMN     "time_scope" TEXT[] DEFAULT ARRAY['NEW']::TEXT[];

-- migrate:down irreversible
