-- revision: v20240325153839000000
-- down_revision: v20240318143139000000
-- message: ory/kratos drop_identity_search_index

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
