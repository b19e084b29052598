-- revision: v20250318123842
-- down_revision: v20250311193204
-- message: openmeterio/openmeter app_stripe_store_masked_key

-- migrate:up
-- modify "app_stripes" table
ALTER TABLE "app_stripes" ADD COLUMN "masked_api_key" character varying NOT NULL DEFAULT 'sk_***';
ALTER TABLE "app_stripes" ALTER COLUMN "masked_api_key" DROP DEFAULT;

-- migrate:down
-- reverse: modify "app_stripes" table
ALTER TABLE "app_stripes" DROP COLUMN "masked_api_key";
