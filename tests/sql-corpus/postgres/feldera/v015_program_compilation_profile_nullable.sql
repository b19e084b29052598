-- revision: v015
-- down_revision: v014
-- message: feldera/feldera program_compilation_profile_nullable

-- migrate:up
-- The program compilation profile can now also not be specified,
-- in which case the compiler default compilation profile is used.
ALTER TABLE program ALTER COLUMN compilation_profile DROP NOT NULL;

-- migrate:down irreversible
