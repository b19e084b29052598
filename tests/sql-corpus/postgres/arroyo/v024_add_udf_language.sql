-- revision: v024
-- down_revision: v023
-- message: ArroyoSystems/arroyo add_udf_language

-- migrate:up
ALTER TABLE udfs ADD COLUMN language VARCHAR(15) NOT NULL DEFAULT 'rust';
ALTER TABLE udfs ALTER COLUMN dylib_url DROP NOT NULL;
ALTER TABLE udfs ALTER COLUMN dylib_url DROP DEFAULT; 

-- migrate:down irreversible
