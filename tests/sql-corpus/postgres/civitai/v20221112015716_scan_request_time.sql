-- revision: v20221112015716
-- down_revision: v20221111185845
-- message: civitai/civitai scan_request_time

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFile" ADD COLUMN     "scanRequestedAt" TIMESTAMP(3);

-- migrate:down irreversible
