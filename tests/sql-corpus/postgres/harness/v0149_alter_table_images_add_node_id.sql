-- revision: v0149
-- down_revision: v0148
-- message: harness/harness alter_table_images_add_node_id

-- migrate:up
ALTER TABLE images ADD COLUMN image_node_id UUID;

ALTER TABLE images ADD CONSTRAINT fk_images_node_id
    FOREIGN KEY (image_node_id) REFERENCES nodes (node_id) ON DELETE SET NULL;

CREATE INDEX IF NOT EXISTS idx_images_node_id ON images (image_node_id);

-- migrate:down
DROP INDEX IF EXISTS idx_images_node_id;

ALTER TABLE images DROP CONSTRAINT IF EXISTS fk_images_node_id;

ALTER TABLE images DROP COLUMN IF EXISTS image_node_id;
