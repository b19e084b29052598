-- revision: v20231025204142
-- down_revision: v20231024143326
-- message: civitai/civitai image_scan_job

-- migrate:up
-- AlterTable
ALTER TABLE "Image" ADD COLUMN     "scanJobs" JSONB;

-- migrate:down irreversible
