-- revision: v0004
-- down_revision: v0003
-- message: supabase/storage add_migrations_rls

-- migrate:up
SET search_path TO storage, public;
ALTER TABLE storage.migrations ENABLE ROW LEVEL SECURITY;

-- migrate:down irreversible
