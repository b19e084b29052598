-- revision: v0130
-- down_revision: v0129
-- message: harness/harness update_ar_tables_registries_images_artifacts_add_uuid

-- migrate:up
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";

ALTER TABLE registries
    ADD COLUMN registry_uuid UUID NOT NULL UNIQUE DEFAULT uuid_generate_v4();

ALTER TABLE images
    ADD COLUMN image_uuid UUID NOT NULL UNIQUE DEFAULT uuid_generate_v4();

ALTER TABLE artifacts
    ADD COLUMN artifact_uuid UUID NOT NULL UNIQUE DEFAULT uuid_generate_v4();

-- migrate:down
ALTER TABLE artifacts
    DROP COLUMN artifact_uuid;

ALTER TABLE images
    DROP COLUMN image_uuid;

ALTER TABLE registries
    DROP COLUMN registry_uuid;
