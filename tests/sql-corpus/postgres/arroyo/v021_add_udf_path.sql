-- revision: v021
-- down_revision: v020
-- message: ArroyoSystems/arroyo add_udf_path

-- migrate:up
ALTER TABLE udfs
ADD COLUMN dylib_url TEXT NOT NULL DEFAULT '';

-- migrate:down irreversible
