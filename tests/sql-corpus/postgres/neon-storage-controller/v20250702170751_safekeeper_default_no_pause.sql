-- revision: v20250702170751
-- down_revision: v20250617082247
-- message: neondatabase/neon safekeeper_default_no_pause

-- migrate:up
ALTER TABLE safekeepers ALTER COLUMN scheduling_policy SET DEFAULT 'activating';

-- migrate:down
ALTER TABLE safekeepers ALTER COLUMN scheduling_policy SET DEFAULT 'pause';
