-- revision: v20251113214404
-- down_revision: v20251029210239
-- message: civitai/civitai ingestion_rescan_status
-- transactional: false

-- migrate:up
-- AlterEnum
ALTER TYPE "public"."ImageIngestionStatus" ADD VALUE 'Rescan';

-- migrate:down irreversible
