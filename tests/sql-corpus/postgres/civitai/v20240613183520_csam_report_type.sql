-- revision: v20240613183520
-- down_revision: v20240610185726
-- message: civitai/civitai csam_report_type

-- migrate:up

-- CreateEnum
CREATE TYPE "CsamReportType" AS ENUM ('Image', 'TrainingData');

-- AlterTable
ALTER TABLE "CsamReport" ADD COLUMN     "type" "CsamReportType" NOT NULL DEFAULT 'Image';

-- migrate:down irreversible
