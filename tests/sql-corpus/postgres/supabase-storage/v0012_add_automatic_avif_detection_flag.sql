-- revision: v0012
-- down_revision: v0011
-- message: supabase/storage add_automatic_avif_detection_flag

-- migrate:up
SET search_path TO storage, public;
alter table storage.buckets add column if not exists avif_autodetection bool default false;

-- migrate:down irreversible
