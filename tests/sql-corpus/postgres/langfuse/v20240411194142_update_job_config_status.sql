-- revision: v20240411194142
-- down_revision: v20240411134330
-- message: langfuse/langfuse update_job_config_status

-- migrate:up
-- CreateEnum
CREATE TYPE "JobConfigState" AS ENUM ('ACTIVE', 'INACTIVE');

-- AlterTable
ALTER TABLE "job_configurations" ADD COLUMN     "status" "JobConfigState" NOT NULL DEFAULT 'ACTIVE';

-- migrate:down irreversible
