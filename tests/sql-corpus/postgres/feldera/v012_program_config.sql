-- revision: v012
-- down_revision: v011
-- message: feldera/feldera program_config

-- migrate:up
-- This default compilation profile is only required for pre-existing programs
ALTER TABLE program
ADD COLUMN compilation_profile varchar NOT NULL DEFAULT 'unoptimized';

-- migrate:down irreversible
