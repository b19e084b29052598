-- revision: v20220513000001000005
-- down_revision: v20220513000001000004
-- message: ory/hydra string_slice_json

-- migrate:up
-- This blank migration was generated to meet ory/x/popx validation criteria, see https://github.com/ory/x/pull/509; DO NOT EDIT.
-- hydra:generate hydra migrate gen

-- migrate:down
-- This blank migration was generated to meet ory/x/popx validation criteria, see https://github.com/ory/x/pull/509; DO NOT EDIT.
-- hydra:generate hydra migrate gen
