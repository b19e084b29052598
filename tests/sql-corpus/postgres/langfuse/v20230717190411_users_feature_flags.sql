-- revision: v20230717190411
-- down_revision: v20230711112235
-- message: langfuse/langfuse users_feature_flags

-- migrate:up
-- AlterTable
ALTER TABLE "users" ADD COLUMN     "feature_flags" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- migrate:down irreversible
