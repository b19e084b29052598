-- revision: v0007
-- down_revision: v0006
-- message: supabase/storage add_rls_to_buckets

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;

-- migrate:down irreversible
