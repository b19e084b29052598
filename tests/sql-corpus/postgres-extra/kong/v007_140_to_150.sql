-- revision: v007
-- down_revision: v006
-- message: Kong/kong 140_to_150

-- migrate:up
-- If migrating from 1.x, the "path_handling" column does not exist yet.
-- Create it with a default of 'v1' to fill existing rows.
DO $$
BEGIN
  ALTER TABLE IF EXISTS ONLY "routes" ADD "path_handling" TEXT DEFAULT 'v1';
EXCEPTION WHEN DUPLICATE_COLUMN THEN
  -- Do nothing, accept existing state
END;
$$;

-- migrate:down irreversible
