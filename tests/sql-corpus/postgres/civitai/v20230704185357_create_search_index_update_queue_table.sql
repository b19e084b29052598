-- revision: v20230704185357
-- down_revision: v20230630171915
-- message: civitai/civitai create_search_index_update_queue_table

-- migrate:up
-- CreateTable
CREATE TABLE "SearchIndexUpdateQueue" (
    "type" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchIndexUpdateQueue_pkey" PRIMARY KEY ("type","id")
);

-- migrate:down irreversible
