-- revision: v20230718193348
-- down_revision: v20230717203328
-- message: civitai/civitai add_collection_type

-- migrate:up
-- CreateEnum
CREATE TYPE "CollectionType" AS ENUM ('Model', 'Article', 'Post', 'Image');

-- AlterTable
ALTER TABLE "Collection" ADD COLUMN     "type" "CollectionType";

-- migrate:down irreversible
