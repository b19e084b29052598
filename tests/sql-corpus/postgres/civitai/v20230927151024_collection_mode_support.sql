-- revision: v20230927151024
-- down_revision: v20230925155218
-- message: civitai/civitai collection_mode_support

-- migrate:up
-- BEGIN; (the revision's own transaction)
-- CreateEnum
CREATE TYPE "CollectionMode" AS ENUM ('Contest');

-- AlterTable
ALTER TABLE "Collection" ADD COLUMN     "mode" "CollectionMode";

-- COMMIT; (the revision's own transaction)

-- migrate:down irreversible
