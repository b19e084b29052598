-- revision: v39
-- down_revision: v38
-- message: MarquezProject/marquez alter_sources_to_resize_name

-- migrate:up
ALTER TABLE sources ALTER COLUMN name TYPE VARCHAR(255);

-- migrate:down irreversible
