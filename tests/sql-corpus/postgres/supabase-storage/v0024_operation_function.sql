-- revision: v0024
-- down_revision: v0023
-- message: supabase/storage operation_function

-- migrate:up
SET search_path TO storage, public;
CREATE OR REPLACE FUNCTION storage.operation()
    RETURNS text AS $$
BEGIN
    RETURN current_setting('storage.operation', true);
END;
$$ LANGUAGE plpgsql STABLE;

-- migrate:down irreversible
