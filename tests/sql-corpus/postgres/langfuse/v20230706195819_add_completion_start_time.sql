-- revision: v20230706195819
-- down_revision: v20230705160335
-- message: langfuse/langfuse add_completion_start_time

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "completion_start_time" TIMESTAMP(3);

-- migrate:down irreversible
