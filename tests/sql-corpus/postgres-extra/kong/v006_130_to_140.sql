-- revision: v006
-- down_revision: v005
-- message: Kong/kong 130_to_140

-- migrate:up
DO $$
BEGIN
  ALTER TABLE IF EXISTS ONLY "upstreams" ADD "host_header" TEXT;
EXCEPTION WHEN DUPLICATE_COLUMN THEN
  -- Do nothing, accept existing state
END;
$$;


DROP TRIGGER IF EXISTS "delete_expired_cluster_events_trigger" ON "cluster_events";
DROP FUNCTION IF EXISTS "delete_expired_cluster_events" ();

-- migrate:down irreversible
