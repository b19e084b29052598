-- revision: v20221109000010000000
-- down_revision: v20220916000010000000
-- message: ory/hydra fix_foreign_key

-- migrate:up
--

-- migrate:down
--
