-- revision: v20230706162241
-- down_revision: v20230704185357
-- message: civitai/civitai add_search_index_update_queue_action

-- migrate:up
-- AlterTable
ALTER TABLE "SearchIndexUpdateQueue" DROP CONSTRAINT "SearchIndexUpdateQueue_pkey",
ADD COLUMN     "action" TEXT NOT NULL,
ADD CONSTRAINT "SearchIndexUpdateQueue_pkey" PRIMARY KEY ("type", "id", "action");

-- migrate:down irreversible
