-- revision: v20241015054153
-- down_revision: v20240624085737
-- message: rust-lang/docs.rs buildqueue_queue_crate_version_name_field_length

-- migrate:up
ALTER TABLE queue 
    ALTER COLUMN name TYPE TEXT,
    ALTER COLUMN version TYPE TEXT;

-- migrate:down
DELETE FROM queue WHERE LENGTH(name) > 255 OR LENGTH(version) > 100;

ALTER TABLE queue 
    ALTER COLUMN name TYPE VARCHAR(255),
    ALTER COLUMN version TYPE VARCHAR(100);
