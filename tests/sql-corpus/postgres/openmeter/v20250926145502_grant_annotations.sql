-- revision: v20250926145502
-- down_revision: v20250925160958
-- message: openmeterio/openmeter grant_annotations

-- migrate:up
-- Copy back annotations to metadata where it has been updated
UPDATE "grants" SET "metadata" = "annotations" WHERE "metadata" IS DISTINCT FROM "annotations";

-- migrate:down
-- empty down in the source history
