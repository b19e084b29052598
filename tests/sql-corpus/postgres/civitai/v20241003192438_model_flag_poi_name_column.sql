-- revision: v20241003192438
-- down_revision: v20241002212355
-- message: civitai/civitai model_flag_poi_name_column

-- migrate:up
-- AlterTable
ALTER TABLE "ModelFlag" DROP COLUMN "nameNsfw",
ADD COLUMN     "poiName" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "ModelFlag_status_idx" ON "ModelFlag"("status");

-- migrate:down irreversible
