-- revision: v20250926145930
-- down_revision: v20250926145502
-- message: openmeterio/openmeter null_grant_annotations

-- migrate:up
-- Now let's null annotations. This should be run together with the previous migration. They are in seperate files so there's no change migration runner would mistakenly run this without the previous migration succeeding.
UPDATE "grants" SET "annotations" = NULL;

-- migrate:down
-- empty down in the source history
