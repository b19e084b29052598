-- revision: v003
-- down_revision: v002
-- message: ArroyoSystems/arroyo add_udfs

-- migrate:up
ALTER TABLE pipeline_definitions
ADD COLUMN udfs JSONB NOT NULL DEFAULT '[]';

-- migrate:down irreversible
