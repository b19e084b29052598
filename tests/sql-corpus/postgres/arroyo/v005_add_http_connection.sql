-- revision: v005
-- down_revision: v004
-- message: ArroyoSystems/arroyo add_http_connection

-- migrate:up
ALTER TYPE connection_type
ADD VALUE 'http';

-- migrate:down irreversible
