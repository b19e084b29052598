-- revision: v018
-- down_revision: v017
-- message: ArroyoSystems/arroyo udfs_drop_language

-- migrate:up
ALTER TABLE udfs DROP COLUMN language;

-- migrate:down irreversible
