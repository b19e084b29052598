-- revision: v005
-- down_revision: v004
-- message: feldera/feldera remove_jit_mode

-- migrate:up
ALTER TABLE program
DROP COLUMN jit_mode;

ALTER TABLE program_history
DROP COLUMN jit_mode;

-- migrate:down irreversible
