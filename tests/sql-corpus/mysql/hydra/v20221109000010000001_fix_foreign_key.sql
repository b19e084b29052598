-- revision: v20221109000010000001
-- down_revision: v20221109000010000000
-- message: ory/hydra fix_foreign_key

-- migrate:up
--

-- migrate:down
--
