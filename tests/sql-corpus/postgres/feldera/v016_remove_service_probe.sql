-- revision: v016
-- down_revision: v015
-- message: feldera/feldera remove_service_probe

-- migrate:up
-- Service probe mechanism is removed.
DROP TABLE IF EXISTS service_probe;

-- migrate:down irreversible
