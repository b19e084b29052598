-- revision: v20230721184738
-- down_revision: v20230719182634
-- message: civitai/civitai post_collection_relation

-- migrate:up
-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "collectionId" INTEGER;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_collectionId_fkey" FOREIGN KEY ("collectionId") REFERENCES "Collection"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- migrate:down irreversible
