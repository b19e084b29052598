-- revision: v20230105174251
-- down_revision: v20230105043946
-- message: civitai/civitai add_user_preferred_download

-- migrate:up
-- AlterTable

ALTER TABLE "User" ADD COLUMN "preferredModelFormat" "ModelFileFormat" DEFAULT 'SafeTensor',
                                                                               ADD COLUMN "preferredPrunedModel" BOOLEAN DEFAULT false;


UPDATE "User"
SET "preferredModelFormat" = 'SafeTensor',
    "preferredPrunedModel" = false;


-- migrate:down irreversible
