-- revision: v015
-- down_revision: v014
-- message: ArroyoSystems/arroyo rename_connections

-- migrate:up
ALTER TABLE connections RENAME TO connection_profiles;

-- migrate:down irreversible
