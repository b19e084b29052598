-- revision: v0016
-- down_revision: v0015
-- message: supabase/storage add_version

-- migrate:up
SET search_path TO storage, public;
alter table storage.objects add column if not exists version text default null;

-- migrate:down irreversible
