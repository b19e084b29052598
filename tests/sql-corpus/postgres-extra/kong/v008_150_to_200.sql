-- revision: v008
-- down_revision: v007
-- message: Kong/kong 150_to_200

-- migrate:up
ALTER TABLE IF EXISTS ONLY "routes" ALTER COLUMN "path_handling" SET DEFAULT 'v0';

-- teardown
DO $$
BEGIN
  ALTER TABLE IF EXISTS ONLY "plugins" DROP COLUMN "run_on";
EXCEPTION WHEN UNDEFINED_COLUMN THEN
  -- Do nothing, accept existing state
END;
$$;


DO $$
BEGIN
  DROP TABLE IF EXISTS "cluster_ca";
END;
$$;

-- migrate:down irreversible
