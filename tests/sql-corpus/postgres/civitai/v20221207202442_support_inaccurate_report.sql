-- revision: v20221207202442
-- down_revision: v20221207040459
-- message: civitai/civitai support_inaccurate_report

-- migrate:up
-- AlterTable
ALTER TABLE "ModelVersion" ADD COLUMN     "inaccurate" BOOLEAN NOT NULL DEFAULT false;

-- migrate:down irreversible
