-- revision: v20231118201935
-- down_revision: v20231115072331
-- message: civitai/civitai collection_item_reviewed_by

-- migrate:up
-- AlterTable
ALTER TABLE "CollectionItem" ADD COLUMN     "reviewedAt" TIMESTAMP(3),
ADD COLUMN     "reviewedById" INTEGER;

-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- migrate:down irreversible
