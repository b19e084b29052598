-- revision: v20230929145153
-- down_revision: v20230928163847
-- message: civitai/civitai collection_item_collection_id_index

-- migrate:up
-- CreateIndex
CREATE INDEX "CollectionItem_collectionId_idx" ON "CollectionItem" USING HASH ("collectionId");

-- migrate:down irreversible
