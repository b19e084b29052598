-- revision: v20241119204932
-- down_revision: v20241115184321
-- message: civitai/civitai add_pending_manual_ingestion_enum_value
-- transactional: false

-- migrate:up
ALTER TYPE "ImageIngestionStatus" ADD VALUE 'PendingManualAssignment';

-- migrate:down irreversible
