-- revision: v0009
-- down_revision: v0008
-- message: authelia/authelia FixConstraints

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
