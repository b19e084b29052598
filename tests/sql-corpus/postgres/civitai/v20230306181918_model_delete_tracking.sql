-- revision: v20230306181918
-- down_revision: v20230305040226
-- message: civitai/civitai model_delete_tracking

-- migrate:up
-- AlterTable
ALTER TABLE "Model" ADD COLUMN     "deletedBy" INTEGER;

-- AddForeignKey
ALTER TABLE "Model" ADD CONSTRAINT "Model_deletedBy_fkey" FOREIGN KEY ("deletedBy") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
