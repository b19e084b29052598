-- revision: v20260717160017
-- down_revision: v20260717060208
-- message: openmeterio/openmeter custom_currencies

-- migrate:up
-- modify "custom_currencies" table
ALTER TABLE "custom_currencies" ALTER COLUMN "symbol" DROP NOT NULL, ADD COLUMN "precision" bigint NOT NULL DEFAULT 2, ADD COLUMN "decimal_mark" character varying NOT NULL DEFAULT '.', ADD COLUMN "thousands_separator" character varying NOT NULL DEFAULT ',';

-- migrate:down
-- reverse: modify "custom_currencies" table
ALTER TABLE "custom_currencies" DROP COLUMN "thousands_separator", DROP COLUMN "decimal_mark", DROP COLUMN "precision", ALTER COLUMN "symbol" SET NOT NULL;
