-- revision: v023
-- down_revision: v022
-- message: ArroyoSystems/arroyo drop_schemas_table

-- migrate:up
DROP table schemas;

-- migrate:down irreversible
