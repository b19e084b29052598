-- revision: v38
-- down_revision: v37
-- message: MarquezProject/marquez alter_namespaces_to_resize_name

-- migrate:up
ALTER TABLE namespaces ALTER COLUMN name TYPE VARCHAR(255);

-- migrate:down irreversible
