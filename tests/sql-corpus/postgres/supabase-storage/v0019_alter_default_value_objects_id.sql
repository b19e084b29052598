-- revision: v0019
-- down_revision: v0018
-- message: supabase/storage alter_default_value_objects_id

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.objects ALTER COLUMN id SET DEFAULT gen_random_uuid();

-- migrate:down irreversible
