-- revision: v20250925160958
-- down_revision: v20250925160650
-- message: openmeterio/openmeter grant_expiration_optional

-- migrate:up
-- modify "grants" table
ALTER TABLE "grants" ALTER COLUMN "expiration" DROP NOT NULL, ALTER COLUMN "expires_at" DROP NOT NULL;

-- migrate:down
-- reverse: modify "grants" table
ALTER TABLE "grants" ALTER COLUMN "expires_at" SET NOT NULL, ALTER COLUMN "expiration" SET NOT NULL;
