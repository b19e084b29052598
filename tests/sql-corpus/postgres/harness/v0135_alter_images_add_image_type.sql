-- revision: v0135
-- down_revision: v0134
-- message: harness/harness alter_images_add_image_type

-- migrate:up
ALTER TABLE images ADD COLUMN image_type TEXT;
ALTER TABLE images DROP CONSTRAINT unique_image_registry_id_and_name;
ALTER TABLE images ADD CONSTRAINT unique_images UNIQUE (image_registry_id, image_name, image_type);


-- migrate:down
ALTER TABLE images DROP COLUMN image_type;
ALTER TABLE images DROP CONSTRAINT IF EXISTS unique_images;
ALTER TABLE images ADD CONSTRAINT unique_image_registry_id_and_name UNIQUE (image_registry_id, image_name);
