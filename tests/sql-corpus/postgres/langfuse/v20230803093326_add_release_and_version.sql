-- revision: v20230803093326
-- down_revision: v20230731162154
-- message: langfuse/langfuse add_release_and_version

-- migrate:up
-- AlterTable
ALTER TABLE "observations" ADD COLUMN     "version" TEXT;

-- AlterTable
ALTER TABLE "traces" ADD COLUMN     "release" TEXT,
ADD COLUMN     "version" TEXT;

-- migrate:down irreversible
