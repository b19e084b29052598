-- revision: v20230209203015
-- down_revision: v20230209171946
-- message: civitai/civitai report_limiting

-- migrate:up
-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "alsoReportedBy" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
ADD COLUMN     "previouslyReviewedCount" INTEGER NOT NULL DEFAULT 0;

-- migrate:down irreversible
