-- revision: v0018
-- down_revision: v0017
-- message: supabase/storage add_owner_id_column_deprecate_owner

-- migrate:up
SET search_path TO storage, public;
alter table storage.objects add column if not exists owner_id text default null;
alter table storage.buckets add column if not exists owner_id text default null;

comment on column storage.objects.owner is 'Field is deprecated, use owner_id instead';
comment on column storage.buckets.owner is 'Field is deprecated, use owner_id instead';

ALTER TABLE storage.buckets
    DROP CONSTRAINT IF EXISTS buckets_owner_fkey;

-- migrate:down irreversible
