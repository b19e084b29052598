-- revision: v20221216191451
-- down_revision: v20221216173428
-- message: civitai/civitai additional_report_reasons
-- transactional: false

-- migrate:up
-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "ReportReason" ADD VALUE 'AdminAttention';
ALTER TYPE "ReportReason" ADD VALUE 'SecurityConcern';

-- migrate:down irreversible
