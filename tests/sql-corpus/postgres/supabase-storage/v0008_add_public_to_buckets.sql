-- revision: v0008
-- down_revision: v0007
-- message: supabase/storage add_public_to_buckets

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.buckets ADD COLUMN if not exists "public" boolean default false;

-- migrate:down irreversible
