-- revision: v20250227204740
-- down_revision: v20250227184003
-- message: civitai/civitai make_created_at_updated_at_nullable

-- migrate:up
-- AlterTable
ALTER TABLE "CashWithdrawal" ALTER COLUMN "createdAt" DROP NOT NULL,
ALTER COLUMN "updatedAt" DROP NOT NULL;
 

-- migrate:down irreversible
