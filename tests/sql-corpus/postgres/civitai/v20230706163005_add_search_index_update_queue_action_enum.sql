-- revision: v20230706163005
-- down_revision: v20230706162241
-- message: civitai/civitai add_search_index_update_queue_action_enum

-- migrate:up
-- CreateEnum
CREATE TYPE "SearchIndexUpdateQueueAction" AS ENUM ('Update', 'Delete');

-- AlterTable
ALTER TABLE "SearchIndexUpdateQueue" DROP CONSTRAINT "SearchIndexUpdateQueue_pkey",
DROP COLUMN "action",
ADD COLUMN     "action" "SearchIndexUpdateQueueAction" NOT NULL DEFAULT 'Update',
ADD CONSTRAINT "SearchIndexUpdateQueue_pkey" PRIMARY KEY ("type", "id", "action");

-- migrate:down irreversible
