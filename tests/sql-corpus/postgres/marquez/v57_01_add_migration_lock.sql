-- revision: v57_01
-- down_revision: v56_01
-- message: MarquezProject/marquez add_migration_lock

-- migrate:up
CREATE TABLE facet_migration_lock (
  created_at  TIMESTAMPTZ,
  run_uuid    UUID
);

-- migrate:down irreversible
