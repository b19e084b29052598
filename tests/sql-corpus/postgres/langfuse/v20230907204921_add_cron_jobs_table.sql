-- revision: v20230907204921
-- down_revision: v20230901155336
-- message: langfuse/langfuse add_cron_jobs_table

-- migrate:up
-- CreateTable
CREATE TABLE "cron_jobs" (
    "name" TEXT NOT NULL,
    "last_run" TIMESTAMP(3),

    CONSTRAINT "cron_jobs_pkey" PRIMARY KEY ("name")
);

-- migrate:down irreversible
