-- revision: v20240130100110
-- down_revision: v20240126184148
-- message: langfuse/langfuse usage_unit_nullable

-- migrate:up
-- AlterTable
ALTER TABLE "models" ALTER COLUMN "unit" DROP DEFAULT;

-- AlterTable
ALTER TABLE "observations" ALTER COLUMN "unit" DROP NOT NULL,
ALTER COLUMN "unit" DROP DEFAULT;

-- migrate:down irreversible
