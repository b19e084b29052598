-- revision: v0013
-- down_revision: v0012
-- message: supabase/storage add_bucket_custom_limits

-- migrate:up
SET search_path TO storage, public;
alter table storage.buckets add column if not exists max_file_size_kb int default null;
alter table storage.buckets add column if not exists allowed_mime_types text[] default null;

-- migrate:down irreversible
