-- revision: v002
-- down_revision: v001
-- message: ArroyoSystems/arroyo add_raw_json

-- migrate:up
ALTER TYPE schema_type ADD VALUE 'raw_json';

-- migrate:down irreversible
