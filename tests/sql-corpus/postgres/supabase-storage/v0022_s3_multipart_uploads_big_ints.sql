-- revision: v0022
-- down_revision: v0021
-- message: supabase/storage s3_multipart_uploads_big_ints

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.s3_multipart_uploads ALTER COLUMN in_progress_size TYPE bigint;
ALTER TABLE storage.s3_multipart_uploads_parts ALTER COLUMN size TYPE bigint;

-- migrate:down irreversible
