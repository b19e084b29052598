-- revision: v20230522094431
-- down_revision: v20230522092340
-- message: langfuse/langfuse endtime_optional

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ALTER COLUMN "end_time" DROP NOT NULL;

-- migrate:down irreversible
