-- revision: v019
-- down_revision: v018
-- message: ArroyoSystems/arroyo case_insensitive_connection_names

-- migrate:up
CREATE UNIQUE INDEX case_insensitive_connection_unique ON connection_tables (organization_id, LOWER(name));

-- migrate:down irreversible
