-- revision: v20231130082054
-- down_revision: v20231124104640
-- message: hoppscotch/hoppscotch collection_headers

-- migrate:up
-- AlterTable
ALTER TABLE "TeamCollection" ADD COLUMN     "data" JSONB;

-- AlterTable
ALTER TABLE "UserCollection" ADD COLUMN     "data" JSONB;

-- migrate:down irreversible
