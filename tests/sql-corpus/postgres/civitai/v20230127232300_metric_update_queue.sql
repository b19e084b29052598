-- revision: v20230127232300
-- down_revision: v20230127171929
-- message: civitai/civitai metric_update_queue

-- migrate:up
-- CreateTable
CREATE TABLE "MetricUpdateQueue" (
    "type" TEXT NOT NULL,
    "id" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MetricUpdateQueue_pkey" PRIMARY KEY ("type","id")
);

-- migrate:down irreversible
