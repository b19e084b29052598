-- revision: v20240613215736
-- down_revision: v20240613183520
-- message: civitai/civitai collection_item_tag_id
-- transactional: false

-- migrate:up
-- AlterTable
ALTER TABLE "CollectionItem" ADD COLUMN     "tagId" INTEGER;
 
-- AddForeignKey
ALTER TABLE "CollectionItem" ADD CONSTRAINT "CollectionItem_tagId_fkey" FOREIGN KEY ("tagId") REFERENCES "Tag"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TYPE "TagTarget" ADD VALUE 'Collection';

-- migrate:down irreversible
