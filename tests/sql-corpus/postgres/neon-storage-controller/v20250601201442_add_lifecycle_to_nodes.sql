-- revision: v20250601201442
-- down_revision: v20250318103700
-- message: neondatabase/neon add_lifecycle_to_nodes

-- migrate:up
ALTER TABLE nodes ADD COLUMN lifecycle VARCHAR NOT NULL DEFAULT 'active';

-- migrate:down
ALTER TABLE nodes DROP COLUMN lifecycle;
