-- revision: v0026
-- down_revision: v0025
-- message: authelia/authelia StorageAADRowScoped

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
