-- revision: v0168
-- down_revision: v0167
-- message: harness/harness 0168

-- migrate:up
CREATE INDEX IF NOT EXISTS idx_images_registry_id_name ON images (image_registry_id, image_name);

-- migrate:down
DROP INDEX IF EXISTS idx_images_registry_id_name;
