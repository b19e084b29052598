-- revision: v004
-- down_revision: v003
-- message: feldera/feldera add_jit_mode

-- migrate:up
ALTER TABLE program
ADD COLUMN jit_mode bool NOT NULL DEFAULT FALSE;

ALTER TABLE program_history
ADD COLUMN jit_mode bool NOT NULL DEFAULT FALSE;

-- migrate:down irreversible
