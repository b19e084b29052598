-- revision: v20250708114340
-- down_revision: v20250702170751
-- message: neondatabase/neon sk_set_notified_generation

-- migrate:up
ALTER TABLE timelines ADD sk_set_notified_generation INTEGER NOT NULL DEFAULT 1;

-- migrate:down
ALTER TABLE timelines DROP sk_set_notified_generation;
