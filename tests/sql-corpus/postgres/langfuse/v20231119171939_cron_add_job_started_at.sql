-- revision: v20231119171939
-- down_revision: v20231116005353
-- message: langfuse/langfuse cron_add_job_started_at

-- migrate:up
-- AlterTable
ALTER TABLE "cron_jobs" ADD COLUMN     "job_started_at" TIMESTAMP(3);

-- migrate:down irreversible
