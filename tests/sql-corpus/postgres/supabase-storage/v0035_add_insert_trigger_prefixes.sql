-- revision: v0035
-- down_revision: v0034
-- message: supabase/storage add_insert_trigger_prefixes

-- migrate:up
SET search_path TO storage, public;
-- postgres-migrations ignore
-- This trigger is used to create the hierarchy of prefixes
-- When writing directly in the prefixes table
CREATE OR REPLACE TRIGGER "prefixes_create_hierarchy"
    BEFORE INSERT ON "storage"."prefixes"
    FOR EACH ROW
    WHEN (pg_trigger_depth() < 1)
EXECUTE FUNCTION "storage"."prefixes_insert_trigger"();

-- migrate:down irreversible
