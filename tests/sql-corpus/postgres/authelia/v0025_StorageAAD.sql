-- revision: v0025
-- down_revision: v0024
-- message: authelia/authelia StorageAAD

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
