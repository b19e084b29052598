-- revision: v20211019000001000037
-- down_revision: v20211019000001000036
-- message: ory/hydra merge_authentication_request_tables

-- migrate:up
-- This blank migration was generated to meet ory/x/popx validation criteria, see https://github.com/ory/x/pull/509; DO NOT EDIT.
-- hydra:generate hydra migrate gen

-- migrate:down
-- This blank migration was generated to meet ory/x/popx validation criteria, see https://github.com/ory/x/pull/509; DO NOT EDIT.
-- hydra:generate hydra migrate gen
