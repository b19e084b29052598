-- revision: v20230910164603
-- down_revision: v20230907225604
-- message: langfuse/langfuse cron_add_state

-- migrate:up
-- AlterTable
ALTER TABLE "cron_jobs" ADD COLUMN     "state" TEXT;

-- migrate:down irreversible
