-- revision: v20221110222142
-- down_revision: v20221110180604
-- message: civitai/civitai temp_verified_model

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "verificationMessage" TEXT,
ADD COLUMN     "verified" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
