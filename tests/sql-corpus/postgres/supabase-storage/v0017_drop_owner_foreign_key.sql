-- revision: v0017
-- down_revision: v0016
-- message: supabase/storage drop_owner_foreign_key

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.objects
    DROP CONSTRAINT IF EXISTS objects_owner_fkey;

-- migrate:down irreversible
