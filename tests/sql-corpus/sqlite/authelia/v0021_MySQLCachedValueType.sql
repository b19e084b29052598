-- revision: v0021
-- down_revision: v0020
-- message: authelia/authelia MySQLCachedValueType

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
