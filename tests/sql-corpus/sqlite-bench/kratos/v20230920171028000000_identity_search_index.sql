-- revision: v20230920171028000000
-- down_revision: v20230907085000000000
-- message: ory/kratos identity_search_index

-- migrate:up
-- empty up in the source history

-- migrate:down
-- empty down in the source history
