-- revision: v0025
-- down_revision: v0024
-- message: supabase/storage custom_metadata

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.objects ADD COLUMN IF NOT EXISTS user_metadata jsonb NULL;
ALTER TABLE storage.s3_multipart_uploads ADD COLUMN IF NOT EXISTS user_metadata jsonb NULL;

-- migrate:down irreversible
