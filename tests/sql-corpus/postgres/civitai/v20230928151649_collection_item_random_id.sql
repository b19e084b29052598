-- revision: v20230928151649
-- down_revision: v20230927151024
-- message: civitai/civitai collection_item_random_id

-- migrate:up
-- AlterTable
ALTER TABLE "Collection" ADD COLUMN     "metadata" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "CollectionItem" ADD COLUMN     "randomId" INTEGER;

-- CreateIndex
CREATE INDEX "CollectionItem_addedById_idx" ON "CollectionItem" USING HASH ("addedById");

-- CreateIndex
CREATE INDEX "CollectionItem_imageId_idx" ON "CollectionItem" USING HASH ("imageId");

-- CreateIndex
CREATE INDEX "CollectionItem_modelId_idx" ON "CollectionItem" USING HASH ("modelId");

-- migrate:down irreversible
