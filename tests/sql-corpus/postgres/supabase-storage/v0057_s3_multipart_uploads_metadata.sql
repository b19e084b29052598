-- revision: v0057
-- down_revision: v0056
-- message: supabase/storage s3_multipart_uploads_metadata

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.s3_multipart_uploads ADD COLUMN IF NOT EXISTS metadata jsonb NULL;

-- migrate:down irreversible
