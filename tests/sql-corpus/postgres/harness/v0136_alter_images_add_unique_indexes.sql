-- revision: v0136
-- down_revision: v0135
-- message: harness/harness alter_images_add_unique_indexes

-- migrate:up
ALTER TABLE images DROP CONSTRAINT IF EXISTS unique_images;

CREATE TYPE image_type_enum AS ENUM ('model', 'dataset');
ALTER TABLE images ALTER COLUMN image_type TYPE image_type_enum USING image_type::text::image_type_enum;

CREATE UNIQUE INDEX unique_images_with_type ON images (image_registry_id, image_name, image_type) WHERE image_type IS NOT NULL;
CREATE UNIQUE INDEX unique_images_without_type ON images (image_registry_id, image_name) WHERE image_type IS NULL;



-- migrate:down
DROP INDEX IF EXISTS unique_images_with_type;
DROP INDEX IF EXISTS unique_images_without_type;

ALTER TABLE images ALTER COLUMN image_type TYPE TEXT USING image_type::image_type_enum::text;
DROP TYPE IF EXISTS image_type_enum;

ALTER TABLE images ADD CONSTRAINT unique_images UNIQUE (image_registry_id, image_name, image_type);
