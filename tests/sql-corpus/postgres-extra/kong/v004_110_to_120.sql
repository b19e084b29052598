-- revision: v004
-- down_revision: v003
-- message: Kong/kong 110_to_120

-- migrate:up
DO $$
BEGIN
  CREATE INDEX IF NOT EXISTS cluster_events_expire_at_idx ON cluster_events(expire_at);
EXCEPTION WHEN UNDEFINED_COLUMN THEN
  -- Do nothing, accept existing state
END$$;

DO $$
BEGIN
  ALTER TABLE IF EXISTS ONLY "routes" ADD "https_redirect_status_code" INTEGER;
EXCEPTION WHEN DUPLICATE_COLUMN THEN
  -- Do nothing, accept existing state
END;
$$;

-- migrate:down irreversible
